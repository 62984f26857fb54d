/*---
title: Iterated Fold Bloom
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, iteration, fold]
dialect: shadertoy
---*/
// repeated abs-fold, rotate and scale; colour accumulated from each step's orbit
mat2 rot(float a) { float c = cos(a), s = sin(a); return mat2(c, -s, s, c); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.3;
    float trap = 1e3;
    float idx = 0.0;
    float t = iTime * 0.25;
    float sc = 1.0;
    for (int i = 0; i < 4; i++) {
        p = abs(p) - vec2(0.55 + 0.15 * sin(t), 0.35 + 0.1 * cos(t * 1.3));
        p = rot(0.6 + 0.2 * float(i) + t) * p;
        p *= 1.15;
        sc *= 1.15;
        float d = min(abs(p.x), abs(length(p) - 0.5)) / sc;
        if (d < trap) { trap = d; idx = float(i); }
    }
    vec3 col = 0.5 + 0.5 * cos(vec3(0.2, 1.4, 2.9) + idx * 0.35 + trap * 5.0 + iTime * 0.2);
    col *= 0.35 + 0.65 * exp(-8.0 * trap);
    col += vec3(1.0, 0.8, 0.5) * 0.5 * exp(-60.0 * trap);
    fragColor = vec4(col, 1.0);
}
