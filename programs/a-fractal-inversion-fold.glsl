/*---
title: Inversion Cell Lace
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [circle-inversion, apollonian, folding, lace]
dialect: shadertoy
---*/
// Fold into a unit cell, invert in the unit circle, repeat: a lace of nested circles; the accumulated scale colours it.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.1 + vec2(0.3 * sin(iTime * 0.1), 0.2 * cos(iTime * 0.13));
    float s = 1.15 + 0.1 * sin(iTime * 0.4);
    float sc = 1.0;
    float trap = 10.0;
    for (int i = 0; i < 8; i++) {
        p = -1.0 + 2.0 * fract(0.5 * p + 0.5);
        float r2 = max(dot(p, p), 1e-4);
        float k = s / r2;
        p *= k;
        sc *= k;
        trap = min(trap, r2);
    }
    float d = 0.25 * abs(p.y) / sc;
    float l = log2(sc);
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (l * 0.06 + vec3(0.0, 0.15, 0.35)) + 1.0);
    col *= 0.5 + 0.5 * smoothstep(0.0, 0.01, d);
    col = mix(col, vec3(1.0, 0.9, 0.75), 0.4 * exp(-trap * 6.0));
    fragColor = vec4(col, 1.0);
}
