/*---
title: Two Layer Cell Overlay
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, layers, multiply, scale]
dialect: shadertoy
---*/
// A coarse and a fine Voronoi layer moving in opposite directions, multiplied like overlapping gels.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(41.3, 289.1)), dot(p, vec2(97.7, 31.1)))) * 43758.5); }
vec3 vor(vec2 p) {
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0; vec2 id = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        float d = length(g + h2(ip + g) - fp);
        if (d < d1) { d2 = d1; d1 = d; id = ip + g; } else if (d < d2) d2 = d;
    }
    return vec3(d2 - d1, h2(id * 0.37));
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 a = vor(uv * 1.8 + vec2(iTime * 0.2, 0.0));
    vec3 b = vor(uv * 4.5 - vec2(0.0, iTime * 0.3) + 20.0);
    vec3 ca = 0.5 + 0.5 * cos(6.2831 * (a.y + vec3(0.0, 0.3, 0.6)));
    vec3 cb = 0.6 + 0.4 * cos(6.2831 * (b.y * 0.5 + vec3(0.5, 0.2, 0.9)));
    vec3 col = ca * cb * 1.5;
    col *= 0.6 + 0.4 * smoothstep(0.0, 0.1, a.x);
    col *= 0.8 + 0.2 * smoothstep(0.0, 0.08, b.x);
    fragColor = vec4(col, 1.0);
}
