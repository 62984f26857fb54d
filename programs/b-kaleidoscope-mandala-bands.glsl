/*---
title: Mandala Bands
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, mandala, radial]
dialect: shadertoy
---*/
// radial bands whose petal counts and phases breathe over time
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x);
    float petals = 8.0;
    float f1 = cos(petals * a + 2.0 * sin(iTime * 0.7 + r * 4.0));
    float f2 = cos(2.0 * petals * a - iTime + 10.0 * r);
    float bands = sin(r * 22.0 - iTime * 1.5 + 1.5 * f1);
    float v = 0.5 * bands + 0.3 * f2 + 0.2 * f1;
    vec3 c1 = vec3(0.95, 0.55, 0.15);
    vec3 c2 = vec3(0.7, 0.1, 0.45);
    vec3 c3 = vec3(0.1, 0.6, 0.65);
    vec3 col = mix(c2, c1, smoothstep(-0.4, 0.4, v));
    col = mix(col, c3, smoothstep(0.3, 0.9, f2 * bands));
    col += 0.15 * cos(vec3(0.0, 2.0, 4.0) + r * 6.0 + iTime);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
