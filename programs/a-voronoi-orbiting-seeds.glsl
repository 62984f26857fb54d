/*---
title: Orbiting Seed Distance
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, distance-field, animated, isolines]
dialect: shadertoy
---*/
// F1 distance to circling seeds drawn as iso-bands, hue taken from the owning seed.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(12.9, 78.2)), dot(p, vec2(39.3, 11.1)))) * 43758.5); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0; vec2 id = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 r = h2(ip + g);
        vec2 o = 0.5 + 0.4 * vec2(cos(iTime * (0.5 + r.x) + r.y * 6.28), sin(iTime * (0.5 + r.x) + r.y * 6.28));
        float d = length(g + o - fp);
        if (d < d1) { d1 = d; id = ip + g; }
    }
    float hue = h2(id + 3.0).x;
    vec3 c = 0.5 + 0.5 * cos(6.2831 * (hue + vec3(0.0, 0.1, 0.2)) + vec3(0.0, 1.5, 3.0));
    float bands = 0.5 + 0.5 * cos(d1 * 40.0 - iTime * 4.0);
    vec3 col = c * (1.0 - 0.7 * d1) * (0.6 + 0.4 * bands);
    col += 0.15;
    fragColor = vec4(col, 1.0);
}
