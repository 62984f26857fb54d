/*---
title: Warped Cell Membranes
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [voronoi, domain-warp, organic, membrane]
dialect: shadertoy
---*/
// Voronoi cells seen through a noise warp become soft, wobbling membranes.
float hh(vec2 p) { return fract(sin(dot(p, vec2(7.7, 57.3))) * 14591.3); }
vec2 h2(vec2 p) { return vec2(hh(p), hh(p + 19.31)); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0;
    p += 0.9 * vec2(vn(p + iTime * 0.3), vn(p + 17.0 - iTime * 0.3)) - 0.45;
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0; vec2 id = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 o = h2(ip + g);
        float d = length(g + o - fp);
        if (d < d1) { d2 = d1; d1 = d; id = ip + g; } else if (d < d2) d2 = d;
    }
    vec3 c = 0.6 + 0.4 * cos(6.2831 * (hh(id) * 0.5 + vec3(0.2, 0.4, 0.55)));
    float edge = smoothstep(0.0, 0.15, d2 - d1);
    vec3 col = c * (0.55 + 0.45 * (1.0 - d1)) ;
    col = mix(vec3(0.9, 0.95, 0.6), col, edge);
    fragColor = vec4(col, 1.0);
}
