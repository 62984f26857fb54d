/*---
title: Twice Warped Ink
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [fbm, domain-warp, ink, palette]
dialect: shadertoy
---*/
// Fbm evaluated at a point displaced by fbm, itself displaced by fbm; intermediate fields drive colour.
float hh(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
float fbm(vec2 p) {
    float s = 0.0, a = 0.5;
    for (int i = 0; i < 4; i++) { s += a * vn(p); p = mat2(1.6, -1.2, 1.2, 1.6) * p; a *= 0.5; }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.8;
    float t = iTime * 0.15;
    vec2 q = vec2(fbm(p + vec2(0.0, t)), fbm(p + vec2(5.2, 1.3 - t)));
    vec2 r = vec2(fbm(p + 3.5 * q + vec2(1.7, 9.2) + t), fbm(p + 3.5 * q + vec2(8.3, 2.8)));
    float f = fbm(p + 3.0 * r);
    vec3 col = mix(vec3(0.1, 0.15, 0.45), vec3(0.95, 0.45, 0.3), clamp(f * f * 2.5, 0.0, 1.0));
    col = mix(col, vec3(0.1, 0.7, 0.65), clamp(length(q) - 0.4, 0.0, 1.0));
    col = mix(col, vec3(1.0, 0.9, 0.6), clamp(r.x * r.x, 0.0, 1.0) * 0.6);
    col *= 0.6 + 0.8 * f;
    fragColor = vec4(col, 1.0);
}
