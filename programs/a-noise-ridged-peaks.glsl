/*---
title: Ridged Glacier Peaks
author: shadertrain project
license: CC0-1.0
family: noise
tags: [ridged, fbm, gradient-noise, shading]
dialect: shadertoy
---*/
// Ridged multifractal from gradient noise, lit with a fake slope light and a cold/warm ramp.
vec2 grad(vec2 p) {
    float a = fract(sin(dot(p, vec2(41.3, 289.1))) * 17351.37) * 6.2831;
    return vec2(cos(a), sin(a));
}
float gnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    vec2 u = f * f * f * (f * (f * 6.0 - 15.0) + 10.0);
    float a = dot(grad(i), f);
    float b = dot(grad(i + vec2(1.0, 0.0)), f - vec2(1.0, 0.0));
    float c = dot(grad(i + vec2(0.0, 1.0)), f - vec2(0.0, 1.0));
    float d = dot(grad(i + vec2(1.0, 1.0)), f - vec2(1.0, 1.0));
    return mix(mix(a, b, u.x), mix(c, d, u.x), u.y);
}
float ridged(vec2 p) {
    float s = 0.0, a = 0.55, w = 1.0;
    for (int i = 0; i < 5; i++) {
        float n = 1.0 - abs(gnoise(p) * 1.6);
        n *= n * w;
        w = clamp(n * 1.5, 0.0, 1.0);
        s += a * n;
        p = mat2(1.7, 0.9, -0.9, 1.7) * p + 3.1;
        a *= 0.5;
    }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.8 + vec2(iTime * 0.15, 0.0);
    float h = ridged(p);
    float hx = ridged(p + vec2(0.02, 0.0));
    float light = clamp(0.5 + (h - hx) * 12.0, 0.0, 1.0);
    vec3 low = vec3(0.05, 0.25, 0.45), mid = vec3(0.35, 0.65, 0.85), high = vec3(1.0, 0.92, 0.85);
    vec3 col = mix(low, mid, smoothstep(0.1, 0.5, h));
    col = mix(col, high, smoothstep(0.5, 0.9, h));
    col *= 0.55 + 0.7 * light;
    col += vec3(0.25, 0.1, 0.3) * (1.0 - h) * (0.5 + 0.5 * sin(iTime * 0.5));
    fragColor = vec4(col, 1.0);
}
