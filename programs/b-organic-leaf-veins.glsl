/*---
title: Leaf Veins
author: shadertrain project
license: CC0-1.0
family: organic
tags: [veins, leaf, voronoi]
dialect: shadertoy
---*/
// midrib and lateral veins plus a fine areole network from cell edges, green gradients
vec2 hash2(vec2 p) { return fract(sin(vec2(dot(p, vec2(12.7, 31.1)), dot(p, vec2(26.5, 18.3)))) * 4375.85); }
float cellEdge(vec2 p) {
    vec2 g = floor(p), f = fract(p);
    float d1 = 9.0, d2 = 9.0;
    for (int j = -1; j <= 1; j++)
    for (int i = -1; i <= 1; i++) {
        vec2 o = vec2(float(i), float(j));
        vec2 c = o + hash2(g + o);
        float d = length(c - f);
        if (d < d1) { d2 = d1; d1 = d; } else if (d < d2) d2 = d;
    }
    return d2 - d1;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float sway = 0.1 * sin(iTime * 0.5);
    vec2 p = vec2(uv.x - sway * uv.y * uv.y, uv.y);
    float mid = abs(p.x);
    float lat = abs(fract((p.y - mid * 0.8) * 3.0 + iTime * 0.05) - 0.5);
    float net = cellEdge(p * 7.0 + vec2(0.0, iTime * 0.1));
    vec3 col = mix(vec3(0.15, 0.45, 0.1), vec3(0.55, 0.8, 0.2), 0.5 + 0.5 * sin(p.y * 2.0 + iTime * 0.3));
    col = mix(col, vec3(0.85, 0.9, 0.45), smoothstep(0.05, 0.0, net) * 0.6);
    col = mix(col, vec3(0.9, 0.95, 0.6), smoothstep(0.06, 0.02, lat) * 0.8);
    col = mix(col, vec3(0.95, 1.0, 0.7), smoothstep(0.05, 0.02, mid));
    col *= 0.85 + 0.15 * sin(p.x * 9.0 + p.y * 5.0);
    fragColor = vec4(col, 1.0);
}
