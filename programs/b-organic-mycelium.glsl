/*---
title: Mycelium Threads
author: shadertrain project
license: CC0-1.0
family: organic
tags: [threads, ridges, network]
dialect: shadertoy
---*/
// mycelium threads: sharp valleys of several noise octaves, lit by a soft glow
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.5;
    float glow = 0.0;
    float amp = 1.0;
    for (int i = 0; i < 4; i++) {
        float n = vnoise(p + float(i) * 13.0 + iTime * 0.05 * float(i + 1));
        glow += amp * exp(-abs(n - 0.5) * 40.0);
        p = p * 1.9 + vec2(1.3, 2.1);
        amp *= 0.6;
    }
    vec3 soil = mix(vec3(0.15, 0.08, 0.2), vec3(0.3, 0.15, 0.1), vnoise(uv * 4.0));
    vec3 col = soil + vec3(0.95, 0.85, 0.6) * glow * 0.7 + vec3(0.3, 0.6, 0.9) * glow * glow * 0.2;
    col += 0.15 * (0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + uv.x + iTime * 0.2));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
