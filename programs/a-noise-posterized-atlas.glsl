/*---
title: Posterized Atlas
author: shadertrain project
license: CC0-1.0
family: noise
tags: [fbm, quantized, map, gradient-map]
dialect: shadertoy
---*/
// Fbm quantized into 7 levels like a fantasy atlas, with sea, sand, grass, rock and snow bands.
float hh(vec2 p) { return fract(sin(dot(p, vec2(269.5, 183.3))) * 43758.5453); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.4 + vec2(iTime * 0.1, iTime * 0.05);
    float h = 0.0, a = 0.5;
    for (int i = 0; i < 6; i++) { h += a * vn(p); p = p * 2.0 + vec2(5.2, 1.3); a *= 0.5; }
    float q = floor(h * 7.0) / 7.0;
    vec3 col;
    if (q < 0.29) col = vec3(0.05, 0.2, 0.55);
    else if (q < 0.43) col = vec3(0.1, 0.45, 0.75);
    else if (q < 0.5) col = vec3(0.95, 0.85, 0.55);
    else if (q < 0.58) col = vec3(0.35, 0.7, 0.25);
    else if (q < 0.72) col = vec3(0.15, 0.45, 0.2);
    else col = vec3(0.6, 0.5, 0.45);
    if (h > 0.78) col = vec3(0.95, 0.97, 1.0);
    float wave = 0.5 + 0.5 * sin(h * 80.0 - iTime * 3.0);
    col += (q < 0.43) ? vec3(0.05, 0.1, 0.15) * wave : vec3(0.0);
    fragColor = vec4(col, 1.0);
}
