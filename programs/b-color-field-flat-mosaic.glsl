/*---
title: Flat Mosaic
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [mosaic, flat-colour, cells]
dialect: shadertoy
---*/
// flat-coloured cell regions whose colours drift through a shared palette in waves
vec2 hash2(vec2 p) { return fract(sin(vec2(dot(p, vec2(37.1, 61.7)), dot(p, vec2(83.5, 23.3)))) * 12731.9); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.5;
    vec2 g = floor(p), f = fract(p);
    float d1 = 9.0;
    vec2 best = vec2(0.0);
    vec2 bpos = vec2(0.0);
    for (int j = -1; j <= 1; j++)
    for (int i = -1; i <= 1; i++) {
        vec2 o = vec2(float(i), float(j));
        vec2 h = hash2(g + o);
        float d = length(o + h - f);
        if (d < d1) { d1 = d; best = h; bpos = g + o + h; }
    }
    float t = best.x * 0.4 + 0.15 * length(bpos) - iTime * 0.15;
    vec3 col = 0.5 + 0.5 * cos(6.2832 * (vec3(0.8, 0.8, 0.5) * t + vec3(0.0, 0.15, 0.2)));
    fragColor = vec4(col, 1.0);
}
