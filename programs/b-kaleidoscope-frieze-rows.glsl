/*---
title: Frieze Rows
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, frieze, glide]
dialect: shadertoy
---*/
// horizontal bands, each using a different frieze symmetry (mirror, glide, half turn)
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * vec2(3.0, 3.0);
    float row = floor(p.y);
    float y = fract(p.y) - 0.5;
    float x = p.x + iTime * (0.3 + 0.15 * mod(row, 3.0)) * (mod(row, 2.0) * 2.0 - 1.0);
    float cell = floor(x);
    float fx = fract(x) - 0.5;
    float kind = mod(row, 4.0);
    if (kind == 0.0) { fx = abs(fx); }
    else if (kind == 1.0) { if (mod(cell, 2.0) == 1.0) y = -y; }
    else if (kind == 2.0) { if (mod(cell, 2.0) == 1.0) { y = -y; fx = -fx; } }
    else { fx = abs(fx); y = abs(y); }
    vec2 q = vec2(fx, y);
    float motif = length(q - vec2(0.18, 0.15)) - 0.12;
    motif = min(motif, abs(q.y + 0.5 * q.x - 0.05) - 0.04);
    vec3 bg = 0.5 + 0.4 * cos(vec3(0.0, 1.5, 3.0) + row * 1.1 + 0.2 * iTime);
    vec3 fg = 0.5 + 0.5 * cos(vec3(3.5, 1.0, 5.0) + row * 0.7 + fx * 2.0);
    vec3 col = mix(bg, fg, smoothstep(0.02, -0.02, motif));
    col *= 0.75 + 0.25 * smoothstep(0.5, 0.4, abs(y));
    fragColor = vec4(col, 1.0);
}
