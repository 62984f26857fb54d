/*---
title: Hex Packed Discs
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [circles, packing, hexagonal]
dialect: shadertoy
---*/
// hexagonally packed discs whose radii breathe in a travelling wave, gaps filled with a gradient
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 5.0;
    vec2 s = vec2(1.0, 1.7320508);
    vec2 a = mod(p, s) - 0.5 * s;
    vec2 b = mod(p - 0.5 * s, s) - 0.5 * s;
    vec2 h = dot(a, a) < dot(b, b) ? a : b;
    vec2 id = p - h;
    float w = sin(id.x * 0.7 - id.y * 0.4 - iTime * 2.0);
    float r = 0.38 + 0.11 * w;
    float d = length(h) - r;
    vec3 gap = mix(vec3(0.1, 0.15, 0.35), vec3(0.55, 0.2, 0.45), uv.y * 0.5 + 0.5);
    vec3 disc = 0.5 + 0.5 * cos(vec3(0.0, 0.6, 1.2) + id.x * 0.25 + id.y * 0.15 + w);
    disc *= 0.8 + 0.4 * (0.5 - length(h - vec2(-0.1, 0.1)));
    vec3 col = mix(gap, disc, smoothstep(0.02, -0.02, d));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
