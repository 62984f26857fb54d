/*---
title: Caustic Sheet
author: shadertrain project
license: CC0-1.0
family: waves
tags: [caustics, water, light]
dialect: shadertoy
---*/
// layered sine displacements focus into bright caustic filaments over a tinted floor
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 4.0;
    float acc = 0.0;
    vec2 q = p;
    for (int i = 0; i < 4; i++) {
        float fi = float(i);
        q += vec2(sin(q.y * 1.1 + iTime * 0.8 + fi), cos(q.x * 0.9 - iTime * 0.6 + fi * 1.7)) * 0.45;
        acc += 1.0 / (1.0 + 30.0 * abs(sin(q.x * 1.3) * sin(q.y * 1.3)));
    }
    vec3 floorc = mix(vec3(0.05, 0.35, 0.45), vec3(0.1, 0.2, 0.5), 0.5 + 0.5 * uv.y);
    vec3 col = floorc + vec3(0.7, 0.95, 0.9) * acc * 0.45;
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
