/*---
title: Mirror Tunnel
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, tunnel, depth]
dialect: shadertoy
---*/
// inverse-radius tunnel whose walls are mirrored into five sectors
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv) + 0.05;
    float a = atan(uv.y, uv.x);
    float sec = 6.2832 / 5.0;
    float fa = abs(mod(a + 0.2 * iTime, sec) - 0.5 * sec) / sec;
    float z = 0.6 / r + iTime * 0.8;
    float stripes = sin(fa * 18.0 + sin(z * 2.0) * 2.0);
    float rungs = sin(z * 6.0);
    vec3 col = 0.5 + 0.5 * cos(vec3(2.0, 3.0, 0.0) + z * 0.7 + stripes * 0.9);
    col *= 0.7 + 0.3 * smoothstep(-0.3, 0.3, rungs * stripes);
    col = mix(col, vec3(0.9, 0.9, 1.0), 0.15 * smoothstep(0.9, 1.0, rungs));
    col *= 0.35 + 0.65 * smoothstep(0.0, 0.5, r);
    col += 0.2 * vec3(0.4, 0.2, 0.6) * (1.0 - r);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
