/*---
title: Neon Cell Edges
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, neon, glow, edges]
dialect: shadertoy
---*/
// Glowing cell borders with hue varying along the canvas, over a deep violet-to-teal backdrop.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(127.1, 311.7)), dot(p, vec2(269.5, 183.3)))) * 43758.5453); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0;
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0;
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 o = 0.5 + 0.45 * sin(iTime * 0.7 + 6.2831 * h2(ip + g));
        float d = length(g + o - fp);
        if (d < d1) { d2 = d1; d1 = d; } else if (d < d2) d2 = d;
    }
    float e = d2 - d1;
    vec3 bg = mix(vec3(0.2, 0.05, 0.35), vec3(0.0, 0.3, 0.35), 0.5 + 0.5 * uv.x);
    vec3 neon = 0.5 + 0.5 * cos(6.2831 * (uv.y * 0.3 + iTime * 0.1 + vec3(0.0, 0.33, 0.67)));
    vec3 col = bg + neon * (0.04 / (e + 0.03));
    col += 0.15 * neon * d1;
    fragColor = vec4(col, 1.0);
}
