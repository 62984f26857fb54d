/*---
title: Rose Window Rings
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, concentric, polar]
dialect: shadertoy
---*/
// concentric annuli, each folded with its own number of mirrors and spinning its own way
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float ring = floor(r * 5.0);
    float fr = fract(r * 5.0);
    float n = 3.0 + ring * 2.0;
    float dir = mod(ring, 2.0) * 2.0 - 1.0;
    float a = atan(uv.y, uv.x) + dir * iTime * 0.3 / (1.0 + ring);
    float sec = 6.2832 / n;
    float fa = abs(mod(a, sec) - 0.5 * sec) / sec;
    float shape = length(vec2(fa * 2.0, fr - 0.5) * vec2(1.0, 1.4));
    float lobe = smoothstep(0.75, 0.6, shape);
    vec3 bg = 0.5 + 0.5 * cos(vec3(1.0, 2.0, 3.5) + ring * 0.9 + iTime * 0.2);
    vec3 fg = 0.5 + 0.5 * cos(vec3(4.0, 0.5, 1.5) + ring * 1.7 + fa * 3.0);
    vec3 col = mix(bg * 0.6, fg, lobe);
    col *= smoothstep(0.0, 0.08, fr) * smoothstep(1.0, 0.92, fr) * 0.5 + 0.5;
    fragColor = vec4(col, 1.0);
}
