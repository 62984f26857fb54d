/*---
title: Gradient Advection Trails
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [advection, flow, noise, iteration]
dialect: shadertoy
---*/
// Points are pushed eight times along the rotated gradient of a noise field before shading.
float hh(vec2 p) { return fract(sin(dot(p, vec2(41.1, 289.3))) * 28573.77); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    float acc = 0.0;
    for (int i = 0; i < 8; i++) {
        float n = vn(p + iTime * 0.1);
        float nx = vn(p + vec2(0.1, 0.0) + iTime * 0.1);
        float ny = vn(p + vec2(0.0, 0.1) + iTime * 0.1);
        vec2 g = vec2(nx - n, ny - n) * 10.0;
        p += 0.12 * vec2(-g.y, g.x) + 0.03 * g;
        acc += n;
    }
    acc /= 8.0;
    float stripes = 0.5 + 0.5 * sin(p.x * 6.0 + p.y * 2.0);
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (acc * 1.5 + vec3(0.3, 0.2, 0.2)) + vec3(0.0, 1.0, 2.5));
    col = mix(col, col.zxy, stripes * 0.5);
    fragColor = vec4(col, 1.0);
}
