/*---
title: Chebyshev Crystal Grains
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, chebyshev, crystals, metallic]
dialect: shadertoy
---*/
// Voronoi under the max metric gives square-edged grains; each grain has its own sheen direction.
vec2 h2(vec2 p) { vec3 q = fract(vec3(p.xyx) * vec3(0.1031, 0.103, 0.0973)); q += dot(q, q.yzx + 33.33); return fract((q.xx + q.yz) * q.zy); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 4.0;
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0; vec2 id = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 r = abs(g + h2(ip + g) - fp);
        float d = max(r.x, r.y);
        if (d < d1) { d2 = d1; d1 = d; id = ip + g; } else if (d < d2) d2 = d;
    }
    vec2 k = h2(id + 5.0);
    float ang = k.x * 6.2831;
    vec2 dir = vec2(cos(ang), sin(ang));
    float sheen = 0.5 + 0.5 * sin(dot(uv, dir) * 8.0 + iTime * (0.5 + k.y) * 2.0);
    vec3 tint = 0.6 + 0.4 * cos(6.2831 * (k.y * 0.3 + vec3(0.55, 0.65, 0.8)));
    vec3 col = tint * (0.45 + 0.6 * sheen);
    col *= smoothstep(0.0, 0.05, d2 - d1) * 0.7 + 0.3;
    fragColor = vec4(col, 1.0);
}
