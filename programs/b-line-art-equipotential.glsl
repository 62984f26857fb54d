/*---
title: Equipotential Lines
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [isolines, potential, charges]
dialect: shadertoy
---*/
// equipotential lines of moving charges; field strength tints the gaps
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float v = 0.0;
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        vec2 c = vec2(1.1 * sin(iTime * 0.3 + fi * 1.3), 0.7 * cos(iTime * 0.25 + fi * 2.1));
        float q = mod(fi, 2.0) * 2.0 - 1.0;
        v += q / (length(uv - c) + 0.1);
    }
    float lines = abs(fract(v * 1.5) - 0.5);
    vec3 pos = vec3(0.95, 0.4, 0.25);
    vec3 neg = vec3(0.2, 0.45, 0.95);
    vec3 tint = mix(neg, pos, smoothstep(-3.0, 3.0, v));
    tint = mix(vec3(0.92, 0.9, 0.85), tint, clamp(abs(v) * 0.3, 0.0, 1.0));
    vec3 col = mix(tint * 0.3, tint, smoothstep(0.0, 0.15, lines));
    fragColor = vec4(col, 1.0);
}
