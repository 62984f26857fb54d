/*---
title: Radial Blooms
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [radial, additive, glow]
dialect: shadertoy
---*/
// overlapping radial gradients added in colour, tone-mapped so highlights stay soft
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = vec3(0.15, 0.1, 0.2);
    for (int i = 0; i < 7; i++) {
        float fi = float(i);
        vec2 c = vec2(sin(fi * 3.1 + iTime * 0.25), cos(fi * 1.9 + iTime * 0.2)) * vec2(1.2, 0.8);
        float r = 0.4 + 0.2 * sin(fi + iTime * 0.5);
        float g = exp(-dot(uv - c, uv - c) / (r * r));
        col += g * (0.5 + 0.5 * cos(vec3(0.5, 1.8, 3.3) + fi * 0.9));
    }
    col = 1.0 - exp(-col * 1.3);
    fragColor = vec4(col, 1.0);
}
