/*---
title: Value Noise Sunset Haze
author: shadertrain project
license: CC0-1.0
family: noise
tags: [value-noise, fbm, palette, drift]
dialect: shadertoy
---*/
// Five-octave value-noise fbm drifting sideways, mapped through a warm cosine palette.
float hash12(vec2 p) {
    vec3 q = fract(vec3(p.xyx) * 0.1031);
    q += dot(q, q.yzx + 33.33);
    return fract((q.x + q.y) * q.z);
}
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    vec2 u = f * f * (3.0 - 2.0 * f);
    float a = hash12(i), b = hash12(i + vec2(1.0, 0.0));
    float c = hash12(i + vec2(0.0, 1.0)), d = hash12(i + vec2(1.0, 1.0));
    return mix(mix(a, b, u.x), mix(c, d, u.x), u.y);
}
float fbm(vec2 p) {
    float s = 0.0, a = 0.5;
    mat2 m = mat2(1.6, 1.2, -1.2, 1.6);
    for (int i = 0; i < 5; i++) { s += a * vnoise(p); p = m * p; a *= 0.5; }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float n = fbm(uv * 2.5 + vec2(iTime * 0.3, -iTime * 0.1));
    float v = n + 0.25 * uv.y;
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (vec3(1.0, 0.9, 0.8) * v + vec3(0.0, 0.15, 0.35)));
    col *= 0.75 + 0.5 * n;
    fragColor = vec4(col, 1.0);
}
