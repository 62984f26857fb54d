/*---
title: Iterated Fold Plasma
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [iteration, fold, plasma, accumulation]
dialect: shadertoy
---*/
// Six rounds of p = p + sin(rotated p) with colour accumulated from each round.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.5;
    vec3 col = vec3(0.0);
    mat2 m = mat2(0.8, 0.6, -0.6, 0.8);
    for (int i = 0; i < 6; i++) {
        float fi = float(i);
        p = m * p;
        p += 0.6 * sin(p.yx * 1.7 + vec2(iTime * 0.5, -iTime * 0.4) + fi);
        col += (0.5 + 0.5 * cos(vec3(0.0, 2.1, 4.2) + fi * 0.9 + length(p))) / 6.0;
    }
    col = pow(col, vec3(1.4)) * 1.6;
    fragColor = vec4(col, 1.0);
}
