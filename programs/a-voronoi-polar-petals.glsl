/*---
title: Polar Cell Rosette
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, polar, rosette, rotation]
dialect: shadertoy
---*/
// Voronoi computed in (angle, radius) space tiles into a rotating rosette of wedge-like cells.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(127.1, 311.7)), dot(p, vec2(269.5, 183.3)))) * 43758.5453); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x) / 6.2831 + 0.5;
    vec2 p = vec2(a * 12.0 + iTime * 0.2, r * 4.0 - iTime * 0.5);
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0; vec2 id = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 cid = ip + g;
        cid.x = mod(cid.x, 12.0);
        float d = length(g + h2(cid) - fp);
        if (d < d1) { d2 = d1; d1 = d; id = cid; } else if (d < d2) d2 = d;
    }
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (h2(id).x * 0.5 + id.y * 0.1 + vec3(0.8, 0.5, 0.2)));
    col *= 1.0 - 0.5 * d1;
    col = mix(vec3(0.1, 0.05, 0.2), col, smoothstep(0.0, 0.1, d2 - d1));
    col = mix(col, vec3(1.0, 0.9, 0.5), smoothstep(0.15, 0.0, r));
    fragColor = vec4(col, 1.0);
}
