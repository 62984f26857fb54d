/*---
title: Painted Wood Grain
author: shadertrain project
license: CC0-1.0
family: noise
tags: [rings, wood, value-noise, hsv]
dialect: shadertoy
---*/
// Concentric growth rings perturbed by noise; ring index picks a hue for a painted-plank look.
float h1(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(h1(i), h1(i + vec2(1, 0)), f.x), mix(h1(i + vec2(0, 1)), h1(i + vec2(1, 1)), f.x), f.y);
}
vec3 hsv(float h, float s, float v) {
    vec3 k = clamp(abs(mod(h * 6.0 + vec3(0.0, 4.0, 2.0), 6.0) - 3.0) - 1.0, 0.0, 1.0);
    return v * mix(vec3(1.0), k, s);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = vec2(0.6 * sin(iTime * 0.2), -1.3);
    vec2 q = uv - c;
    q.x *= 2.5;
    float n = vn(uv * vec2(2.0, 8.0) + iTime * 0.1) + 0.5 * vn(uv * vec2(4.0, 16.0));
    float r = length(q) * 5.0 + n * 1.2 - iTime * 0.3;
    float ring = fract(r);
    float idx = floor(r);
    vec3 col = hsv(fract(idx * 0.13 + 0.05), 0.55, 0.9);
    col *= 0.6 + 0.4 * smoothstep(0.0, 0.6, ring) * (1.0 - smoothstep(0.85, 1.0, ring));
    col *= 0.85 + 0.15 * vn(uv * vec2(40.0, 3.0));
    fragColor = vec4(col, 1.0);
}
