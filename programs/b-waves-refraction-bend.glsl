/*---
title: Refraction Bend
author: shadertrain project
license: CC0-1.0
family: waves
tags: [refraction, wavefronts, medium]
dialect: shadertoy
---*/
// plane waves entering a slow lens-shaped medium: phase accumulates with local index
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = vec2(0.3 * sin(iTime * 0.3), 0.0);
    float lens = exp(-3.0 * dot(uv - c, uv - c));
    float phase = 0.0;
    for (int i = 0; i < 16; i++) {
        float x = -1.8 + (uv.x + 1.8) * (float(i) + 0.5) / 16.0;
        vec2 q = vec2(x, uv.y) - c;
        phase += (1.0 + 0.9 * exp(-3.0 * dot(q, q))) * (uv.x + 1.8) / 16.0;
    }
    float w = sin(phase * 18.0 - iTime * 4.0);
    vec3 col = mix(vec3(0.1, 0.25, 0.55), vec3(0.5, 0.9, 0.85), 0.5 + 0.5 * w);
    col = mix(col, mix(vec3(0.6, 0.15, 0.4), vec3(1.0, 0.75, 0.4), 0.5 + 0.5 * w), lens);
    fragColor = vec4(col, 1.0);
}
