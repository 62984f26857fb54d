/*---
title: Pulsing Power Diagram
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [power-diagram, weighted, pulse, laguerre]
dialect: shadertoy
---*/
// Weighted (power) Voronoi: each seed's weight pulses, so cells swell and shrink against neighbours.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(11.3, 47.9)), dot(p, vec2(83.7, 29.3)))) * 43758.5); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.5;
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 99.0, d2 = 99.0; vec2 id = vec2(0.0);
    for (int y = -2; y <= 2; y++)
    for (int x = -2; x <= 2; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 r = h2(ip + g);
        float w = 0.3 * (0.5 + 0.5 * sin(iTime * (1.0 + r.y) + r.x * 6.2831));
        vec2 q = g + r - fp;
        float d = dot(q, q) - w;
        if (d < d1) { d2 = d1; d1 = d; id = ip + g; } else if (d < d2) d2 = d;
    }
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (h2(id).y * 0.8 + vec3(0.15, 0.35, 0.55)));
    col *= 0.75 + 0.25 * sin(d1 * 12.0);
    col = mix(vec3(0.98, 0.96, 0.9), col, smoothstep(0.0, 0.06, d2 - d1));
    fragColor = vec4(col, 1.0);
}
