/*---
title: Mirror Lattice
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, mirror, grid]
dialect: shadertoy
---*/
// square cells reflected on every edge (p4m-like) with a spinning motif inside
mat2 rot(float a) { float c = cos(a), s = sin(a); return mat2(c, -s, s, c); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    uv *= 2.2;
    vec2 cell = floor(uv);
    vec2 f = fract(uv);
    f = mix(f, 1.0 - f, mod(cell, 2.0));
    f = abs(f - 0.5);
    if (f.y > f.x) f = f.yx;
    vec2 q = rot(iTime * 0.4) * (f - vec2(0.25, 0.1));
    float d = abs(length(q) - 0.18) - 0.03;
    float s = sin(40.0 * (f.x + f.y) - 4.0 * iTime);
    vec3 base = vec3(0.9, 0.4, 0.2) + 0.4 * cos(vec3(0.0, 1.2, 2.6) + 3.0 * f.x + iTime * 0.3);
    vec3 col = mix(base, vec3(0.1, 0.5, 0.8) + 0.3 * s, 0.4 + 0.3 * s * f.y);
    col = mix(col, vec3(1.0, 0.95, 0.7), smoothstep(0.02, 0.0, d));
    col *= 0.8 + 0.2 * cos(dot(cell, vec2(1.7, 2.3)) + iTime);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
