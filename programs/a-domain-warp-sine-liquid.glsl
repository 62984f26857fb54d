/*---
title: Sine Feedback Liquid
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [sine-warp, liquid, iteration, psychedelic]
dialect: shadertoy
---*/
// Repeatedly offsets each axis by a sine of the other axis; no noise, just iterated trigonometry.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    float t = iTime * 0.4;
    for (int i = 1; i < 8; i++) {
        float fi = float(i);
        p.x += 0.55 / fi * sin(fi * 1.3 * p.y + t + 0.3 * fi) + 0.2;
        p.y += 0.45 / fi * cos(fi * 1.1 * p.x - t * 0.8 + 0.7 * fi) - 0.1;
    }
    vec3 col = vec3(0.5 + 0.5 * sin(p.x + 0.5), 0.5 + 0.5 * sin(p.y * 1.2 + 2.0), 0.5 + 0.5 * sin(p.x + p.y + 4.0));
    col = col * col * (3.0 - 2.0 * col);
    fragColor = vec4(col, 1.0);
}
