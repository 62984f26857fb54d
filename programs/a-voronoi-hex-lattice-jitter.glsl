/*---
title: Jittered Hex Lattice Cells
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, hexagonal, jitter, breathing]
dialect: shadertoy
---*/
// Seeds on a triangular lattice whose jitter breathes in and out: cells morph between hexagons and chaos.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(17.1, 93.7)), dot(p, vec2(59.3, 41.9)))) * 43758.5); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.5;
    float jit = 0.5 + 0.5 * sin(iTime * 0.5);
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0; vec2 id = vec2(0.0);
    for (int y = -2; y <= 2; y++)
    for (int x = -2; x <= 2; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 c = ip + g;
        vec2 o = vec2(0.5 * mod(c.y, 2.0), 0.5) + (h2(c) - 0.5) * 0.9 * jit;
        float d = length(g + o - fp);
        if (d < d1) { d2 = d1; d1 = d; id = c; } else if (d < d2) d2 = d;
    }
    vec3 col = 0.55 + 0.45 * cos(vec3(0.0, 2.0, 4.0) + h2(id).x * 3.0 + iTime * 0.3);
    col *= 0.7 + 0.3 * (1.0 - d1);
    col = mix(col * 0.25, col, smoothstep(0.02, 0.06, d2 - d1));
    fragColor = vec4(col, 1.0);
}
