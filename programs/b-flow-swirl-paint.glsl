/*---
title: Swirl Paint
author: shadertrain project
license: CC0-1.0
family: flow
tags: [swirl, marbling, paint]
dialect: shadertoy
---*/
// marbling: bands of paint dragged through several swirl strokes of varying strength
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv;
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        vec2 c = 0.8 * vec2(sin(fi * 2.7 + iTime * 0.13), cos(fi * 1.9 + iTime * 0.11));
        vec2 d = p - c;
        float r = length(d);
        float ang = (1.5 + 0.5 * sin(iTime * 0.3 + fi)) * exp(-r * 2.5) * (mod(fi, 2.0) * 2.0 - 1.0);
        p = c + mat2(cos(ang), -sin(ang), sin(ang), cos(ang)) * d;
    }
    float b = p.x * 3.0 + 0.3 * sin(p.y * 4.0);
    float id = floor(b);
    float f = fract(b);
    vec3 c0 = vec3(0.9, 0.25, 0.3), c1 = vec3(0.98, 0.85, 0.6), c2 = vec3(0.15, 0.4, 0.6), c3 = vec3(0.95, 0.65, 0.15);
    float k = mod(id, 4.0);
    vec3 col = k < 0.5 ? c0 : (k < 1.5 ? c1 : (k < 2.5 ? c2 : c3));
    col *= 0.85 + 0.15 * smoothstep(0.0, 0.1, f) * smoothstep(1.0, 0.9, f);
    fragColor = vec4(col, 1.0);
}
