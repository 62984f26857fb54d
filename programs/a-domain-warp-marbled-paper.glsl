/*---
title: Marbled Endpaper
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [marbling, stripes, fbm, paper]
dialect: shadertoy
---*/
// Colour bands combed and pulled by a two-stage fbm warp, like marbled bookbinding paper.
float hh(vec2 p) { vec2 q = fract(p * vec2(0.1031, 0.1103)); q += dot(q, q.yx + 19.19); return fract((q.x + q.y) * q.x * 13.7); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
float fbm(vec2 p) {
    float s = 0.0, a = 0.5;
    for (int i = 0; i < 5; i++) { s += a * vn(p); p = p * 2.02 + 7.1; a *= 0.5; }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.5;
    p.x += 0.25 * sin(p.y * 6.0 + iTime * 0.5);
    vec2 w = vec2(fbm(p + iTime * 0.05), fbm(p + 4.3 - iTime * 0.05));
    p += 1.6 * (w - 0.5);
    float band = p.y * 3.0 + 0.5 * fbm(p * 3.0);
    float k = fract(band);
    float id = floor(band);
    vec3 pal0 = vec3(0.1, 0.2, 0.5), pal1 = vec3(0.9, 0.75, 0.3), pal2 = vec3(0.75, 0.2, 0.25), pal3 = vec3(0.95, 0.92, 0.85);
    float m = mod(id, 4.0);
    vec3 c = m < 1.0 ? pal0 : m < 2.0 ? pal1 : m < 3.0 ? pal2 : pal3;
    vec3 cn = m < 1.0 ? pal1 : m < 2.0 ? pal2 : m < 3.0 ? pal3 : pal0;
    vec3 col = mix(c, cn, smoothstep(0.8, 1.0, k));
    col *= 0.85 + 0.15 * sin(band * 30.0);
    fragColor = vec4(col, 1.0);
}
