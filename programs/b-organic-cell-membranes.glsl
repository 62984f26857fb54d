/*---
title: Cell Membranes
author: shadertrain project
license: CC0-1.0
family: organic
tags: [cells, voronoi, membranes]
dialect: shadertoy
---*/
// jostling cells with soft membranes, cytoplasm tint and dark nuclei
vec2 hash2(vec2 p) { return fract(sin(vec2(dot(p, vec2(127.1, 311.7)), dot(p, vec2(269.5, 183.3)))) * 43758.5453); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.5;
    vec2 g = floor(p), f = fract(p);
    float d1 = 9.0, d2 = 9.0;
    vec2 bid = vec2(0.0);
    vec2 bvec = vec2(0.0);
    for (int j = -1; j <= 1; j++)
    for (int i = -1; i <= 1; i++) {
        vec2 o = vec2(float(i), float(j));
        vec2 h = hash2(g + o);
        vec2 c = o + 0.5 + 0.35 * sin(iTime * 0.7 + 6.2832 * h);
        vec2 dv = c - f;
        float d = dot(dv, dv);
        if (d < d1) { d2 = d1; d1 = d; bid = h; bvec = dv; }
        else if (d < d2) d2 = d;
    }
    float edge = sqrt(d2) - sqrt(d1);
    vec3 plasma = mix(vec3(0.95, 0.6, 0.65), vec3(0.6, 0.85, 0.55), bid.x);
    vec3 col = plasma * (0.75 + 0.25 * smoothstep(0.0, 0.4, edge));
    col = mix(vec3(0.5, 0.1, 0.25), col, smoothstep(0.02, 0.08, edge));
    float nuc = length(bvec + 0.08 * vec2(sin(iTime + bid.y * 6.0), cos(iTime)));
    col = mix(col, vec3(0.3, 0.15, 0.45), smoothstep(0.16, 0.12, nuc));
    fragColor = vec4(col, 1.0);
}
