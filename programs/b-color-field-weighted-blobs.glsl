/*---
title: Weighted Colour Blobs
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [blend, inverse-distance, blobs]
dialect: shadertoy
---*/
// six moving colour centres blended with inverse-square weights: a smooth mesh gradient
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 acc = vec3(0.0);
    float wsum = 0.0;
    for (int i = 0; i < 6; i++) {
        float fi = float(i);
        vec2 c = vec2(1.3 * sin(iTime * (0.2 + 0.05 * fi) + fi * 2.4), 0.9 * cos(iTime * (0.17 + 0.04 * fi) + fi * 1.1));
        float d = length(uv - c);
        float w = 1.0 / (d * d + 0.02);
        vec3 ci = 0.5 + 0.5 * cos(vec3(0.0, 2.094, 4.189) + fi * 1.05);
        acc += ci * w;
        wsum += w;
    }
    vec3 col = acc / wsum;
    col = smoothstep(0.0, 1.0, col);
    fragColor = vec4(col, 1.0);
}
