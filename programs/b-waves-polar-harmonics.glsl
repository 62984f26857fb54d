/*---
title: Polar Harmonics
author: shadertrain project
license: CC0-1.0
family: waves
tags: [harmonics, polar, standing-waves]
dialect: shadertoy
---*/
// drum-head-like modes: radial standing wave times angular harmonic, rotating slowly
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x);
    float m1 = 3.0, m2 = 5.0;
    float f1 = sin(r * 9.0) / (0.5 + r) * cos(m1 * (a - iTime * 0.3));
    float f2 = sin(r * 14.0 + 1.0) / (0.5 + r) * cos(m2 * (a + iTime * 0.2));
    float w = f1 * cos(iTime * 2.0) + f2 * sin(iTime * 1.5);
    vec3 pos = vec3(0.95, 0.5, 0.2);
    vec3 neg = vec3(0.2, 0.45, 0.95);
    vec3 col = mix(vec3(0.9, 0.88, 0.8), w > 0.0 ? pos : neg, smoothstep(0.0, 0.8, abs(w)));
    col *= 0.8 + 0.2 * cos(r * 30.0);
    fragColor = vec4(col, 1.0);
}
