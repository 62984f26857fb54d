/*---
title: Octave Rainbow Stack
author: shadertrain project
license: CC0-1.0
family: noise
tags: [fbm, octaves, additive, hsv]
dialect: shadertoy
---*/
// Each noise octave is tinted with its own hue and they are summed, so scale maps to colour.
float hh(vec2 p) { vec3 q = fract(vec3(p.xyx) * 0.1031); q += dot(q, q.yzx + 19.19); return fract((q.x + q.y) * q.z); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
vec3 hue(float h) { return clamp(abs(mod(h * 6.0 + vec3(0.0, 4.0, 2.0), 6.0) - 3.0) - 1.0, 0.0, 1.0); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = vec3(0.0);
    vec2 p = uv * 1.5;
    float a = 0.6;
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        float n = vn(p + vec2(iTime * (0.2 + 0.15 * fi), -iTime * 0.1 * fi));
        col += a * n * hue(fi * 0.2 + iTime * 0.05);
        p = mat2(1.2, -1.6, 1.6, 1.2) * p;
        a *= 0.7;
    }
    col = pow(col, vec3(0.8));
    fragColor = vec4(col, 1.0);
}
