/*---
title: Guilloche Rosette
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [guilloche, rosette, engraving]
dialect: shadertoy
---*/
// engraved rosette: distance to a sampled epicycloid-like curve, repeated with phase shifts
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x);
    float acc = 0.0;
    for (int k = 0; k < 6; k++) {
        float fk = float(k);
        float ph = fk * 1.05 + iTime * 0.3;
        float target = 0.55 + 0.25 * sin(7.0 * a + ph) + 0.1 * sin(17.0 * a - ph * 2.0);
        float d = abs(r - target * (0.55 + 0.12 * fk));
        acc += smoothstep(0.035, 0.01, d);
    }
    vec3 paper = mix(vec3(0.85, 0.92, 0.8), vec3(0.7, 0.85, 0.9), uv.y * 0.5 + 0.5);
    vec3 ink = mix(vec3(0.05, 0.35, 0.3), vec3(0.45, 0.1, 0.4), 0.5 + 0.5 * sin(a * 2.0 + iTime * 0.2));
    vec3 col = mix(paper, ink, clamp(acc, 0.0, 1.0));
    col *= 0.92 + 0.08 * sin(r * 20.0 - iTime);
    fragColor = vec4(col, 1.0);
}
