/*---
title: Sine Plasma
author: shadertrain project
license: CC0-1.0
family: waves
tags: [plasma, sines, palette]
dialect: shadertoy
---*/
// classic idea, own mix: four sine fields (linear, radial, rotated, product) summed
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float t = iTime;
    float v = sin(uv.x * 4.0 + t);
    v += sin(length(uv - vec2(0.5 * sin(t * 0.5), 0.4 * cos(t * 0.3))) * 7.0 - t * 1.3);
    v += sin((uv.x * 0.6 + uv.y * 0.8) * 5.0 + t * 0.7);
    v += sin(uv.x * 3.0 * sin(t * 0.2)) * cos(uv.y * 3.5 + t);
    vec3 col = 0.5 + 0.5 * cos(3.14159 * v * 0.5 + vec3(0.0, 2.3, 4.1));
    fragColor = vec4(col, 1.0);
}
