/*---
title: Nested Gyroscope Rings
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, torus, gyroscope, nested]
dialect: shadertoy
---*/
// Three nested tori each spinning on a different axis, like a gyroscope, in brass, teal and coral.
mat2 rot(float a) { return mat2(cos(a), -sin(a), sin(a), cos(a)); }
float tor(vec3 p, float R, float r) { return length(vec2(length(p.xz) - R, p.y)) - r; }
vec2 map(vec3 p) {
    vec3 q = p;
    q.yz *= rot(iTime * 0.9);
    vec2 res = vec2(tor(q, 1.1, 0.1), 1.0);
    q.xy *= rot(iTime * 1.3);
    float d = tor(q, 0.8, 0.1);
    if (d < res.x) res = vec2(d, 2.0);
    q.yz *= rot(iTime * 1.7);
    d = tor(q, 0.5, 0.1);
    if (d < res.x) res = vec2(d, 3.0);
    d = length(p) - 0.2;
    if (d < res.x) res = vec2(d, 4.0);
    return res;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(0.0, 0.4, 2.3);
    vec3 rd = normalize(vec3(uv, -1.5));
    rd.yz *= rot(-0.15);
    vec3 col = mix(vec3(0.1, 0.2, 0.3), vec3(0.5, 0.6, 0.7), 0.5 + 0.5 * uv.y) + 0.1 * sin(uv.x * 10.0 + iTime);
    float t = 0.0; vec2 h = vec2(0.0);
    for (int i = 0; i < 56; i++) {
        h = map(ro + rd * t);
        if (h.x < 0.002 || t > 8.0) break;
        t += h.x;
    }
    if (t < 8.0) {
        vec3 p = ro + rd * t;
        vec2 e = vec2(0.002, 0.0);
        vec3 n = normalize(vec3(map(p + e.xyy).x - h.x, map(p + e.yxy).x - h.x, map(p + e.yyx).x - h.x));
        vec3 alb = h.y < 1.5 ? vec3(0.9, 0.7, 0.3) : h.y < 2.5 ? vec3(0.2, 0.75, 0.7) : h.y < 3.5 ? vec3(0.95, 0.45, 0.4) : vec3(0.95);
        vec3 l = normalize(vec3(0.5, 0.8, 0.6));
        float spe = pow(clamp(dot(reflect(rd, n), l), 0.0, 1.0), 20.0);
        col = alb * (0.25 + 0.8 * clamp(dot(n, l), 0.0, 1.0)) + spe * 0.5;
    }
    fragColor = vec4(col, 1.0);
}
