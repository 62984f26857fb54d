/*---
title: Wobbling Hex Tiles
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [hexagon, tiling, domain-warp, noise]
dialect: shadertoy
---*/
// A hexagonal tiling sampled through a value-noise displacement, with per-tile colour and bevel.
float hh(vec2 p) { return fract(sin(dot(p, vec2(27.1, 61.7))) * 43758.5453); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
vec4 hexCell(vec2 p) {
    vec2 s = vec2(1.0, 1.7320508);
    vec2 a = mod(p, s) - s * 0.5;
    vec2 b = mod(p - s * 0.5, s) - s * 0.5;
    vec2 g = dot(a, a) < dot(b, b) ? a : b;
    return vec4(g, p - g);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 w = vec2(vn(uv * 1.5 + iTime * 0.2), vn(uv * 1.5 + 7.0 + iTime * 0.17)) - 0.5;
    vec4 h = hexCell(uv * 3.5 + w * 1.8);
    vec2 g = abs(h.xy);
    float d = max(dot(g, vec2(0.5, 0.8660254)), g.x);
    float edge = smoothstep(0.5, 0.42, d);
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (hh(floor(h.zw * 2.0 + 0.5)) * 0.6 + iTime * 0.05 + vec3(0.1, 0.3, 0.6)));
    col *= 0.45 + 0.55 * edge * (1.0 - 0.6 * d);
    fragColor = vec4(col, 1.0);
}
