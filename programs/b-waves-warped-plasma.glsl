/*---
title: Warped Plasma
author: shadertrain project
license: CC0-1.0
family: waves
tags: [plasma, warp, iteration]
dialect: shadertoy
---*/
// plasma coordinates repeatedly pushed by their own sine gradients
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    for (int i = 1; i < 6; i++) {
        float fi = float(i);
        p.x += 0.6 / fi * sin(fi * 1.7 * p.y + iTime * 0.6 + 0.3 * fi);
        p.y += 0.6 / fi * cos(fi * 1.3 * p.x - iTime * 0.4);
    }
    float v = sin(p.x + p.y) * 0.5 + 0.5;
    vec3 col = vec3(0.9, 0.2, 0.4) * v + vec3(0.1, 0.4, 0.9) * (1.0 - v);
    col += 0.35 * (0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + p.x * 0.5));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
