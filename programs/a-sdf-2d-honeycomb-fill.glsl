/*---
title: Honeycomb Fill Levels
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, hexagon, tiling, fill]
dialect: shadertoy
---*/
// Hexagonal cells each filled with honey to a different animated level, with wax walls.
float sdHex(vec2 p, float r) {
    p = abs(p);
    return max(dot(p, vec2(0.8660254, 0.5)), p.y) - r;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0;
    vec2 s = vec2(1.7320508, 1.0);
    vec2 a = mod(p, s) - s * 0.5;
    vec2 b = mod(p - s * 0.5, s) - s * 0.5;
    vec2 g = dot(a, a) < dot(b, b) ? a : b;
    vec2 id = floor((p - g) * 2.0 + 0.5);
    float d = sdHex(g, 0.42);
    float rnd = fract(sin(dot(id, vec2(12.9898, 78.233))) * 43758.5453);
    float level = -0.35 + 0.7 * (0.5 + 0.5 * sin(iTime * (0.5 + rnd) + rnd * 6.2831));
    vec3 honey = mix(vec3(1.0, 0.55, 0.05), vec3(1.0, 0.8, 0.25), smoothstep(-0.4, level, g.y));
    vec3 empty = vec3(0.35, 0.2, 0.1) + 0.1 * rnd;
    vec3 cell = g.y < level ? honey : empty;
    vec3 wax = vec3(0.95, 0.85, 0.55);
    vec3 col = mix(wax, cell, smoothstep(0.0, -0.03, d));
    col *= 0.8 + 0.2 * smoothstep(-0.2, 0.0, -abs(d + 0.05));
    fragColor = vec4(col, 1.0);
}
