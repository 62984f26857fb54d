/*---
title: Moire Rings
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [moire, concentric, interference]
dialect: shadertoy
---*/
// two sets of fine concentric rings sliding past each other create moire fringes
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c1 = vec2(0.35 * sin(iTime * 0.4), 0.0);
    vec2 c2 = vec2(-0.3 * sin(iTime * 0.3), 0.2 * cos(iTime * 0.5));
    float r1 = step(0.5, fract(length(uv - c1) * 14.0));
    float r2 = step(0.5, fract(length(uv - c2) * 14.0));
    float m = abs(r1 - r2);
    vec3 a = vec3(0.95, 0.9, 0.8);
    vec3 b = 0.5 + 0.4 * cos(vec3(0.0, 2.0, 4.0) + length(uv) * 2.0 + iTime * 0.3);
    vec3 col = mix(a, b * 0.6, m);
    fragColor = vec4(col, 1.0);
}
