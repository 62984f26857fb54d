/*---
title: Gradient Filled Cells
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, gradients, per-cell, flat-design]
dialect: shadertoy
---*/
// Every Voronoi cell is filled with its own rotating two-colour linear gradient.
vec2 h2(vec2 p) { vec3 q = fract(vec3(p.xyx) * vec3(0.1031, 0.103, 0.0973)); q += dot(q, q.yzx + 33.33); return fract((q.xx + q.yz) * q.zy); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.2;
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0; vec2 id = vec2(0.0); vec2 rel = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 r = g + h2(ip + g) - fp;
        float d = dot(r, r);
        if (d < d1) { d1 = d; id = ip + g; rel = r; }
    }
    vec2 k = h2(id + 7.0);
    float ang = k.x * 6.2831 + iTime * (k.y - 0.5) * 2.0;
    float g = 0.5 + 0.5 * dot(-rel, vec2(cos(ang), sin(ang))) * 1.6;
    vec3 a = 0.5 + 0.5 * cos(6.2831 * (k.x + vec3(0.0, 0.33, 0.67)));
    vec3 b = 0.5 + 0.5 * cos(6.2831 * (k.y + vec3(0.0, 0.33, 0.67)));
    vec3 col = mix(a, b, clamp(g, 0.0, 1.0));
    fragColor = vec4(col, 1.0);
}
