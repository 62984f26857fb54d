/*---
title: Silk Sheen Bands
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [anisotropic, silk, smooth, pastel]
dialect: shadertoy
---*/
// Strongly anisotropic warp: x is stretched and pulled by low-frequency sines, giving smooth silk bands.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float t = iTime * 0.3;
    float y = uv.y;
    y += 0.35 * sin(uv.x * 1.7 + t) + 0.2 * sin(uv.x * 3.1 - t * 1.4 + 1.0);
    y += 0.1 * sin(uv.x * 7.0 + y * 3.0 + t * 2.0);
    float v = y * 4.0;
    float sheen = pow(0.5 + 0.5 * sin(v * 3.1416 * 2.0), 3.0);
    vec3 base = 0.6 + 0.35 * cos(6.2831 * (v * 0.08 + vec3(0.85, 0.55, 0.25)));
    vec3 col = base * (0.7 + 0.3 * sin(v * 3.1416)) + sheen * 0.35;
    fragColor = vec4(col, 1.0);
}
