/*---
title: Candy Cylinder Stack
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, cylinders, stripes, stack]
dialect: shadertoy
---*/
// Capped cylinders stacked and offset like a wobbly tower, each with diagonal candy stripes.
float sdCyl(vec3 p, float r, float h) { vec2 d = abs(vec2(length(p.xz), p.y)) - vec2(r, h); return min(max(d.x, d.y), 0.0) + length(max(d, 0.0)); }
vec2 map(vec3 p) {
    vec2 res = vec2(p.y + 1.2, -1.0);
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        vec3 q = p - vec3(0.25 * sin(iTime + fi * 1.3), -0.95 + fi * 0.45, 0.0);
        float a = iTime * (0.5 + 0.2 * fi);
        q.xz = mat2(cos(a), -sin(a), sin(a), cos(a)) * q.xz;
        float d = sdCyl(q, 0.55 - fi * 0.07, 0.18) - 0.03;
        if (d < res.x) res = vec2(d, fi);
    }
    return res;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(0.0, 0.1, 2.6);
    vec3 rd = normalize(vec3(uv, -1.5));
    rd.yz = mat2(cos(0.2), -sin(0.2), sin(0.2), cos(0.2)) * rd.yz;
    vec3 col = mix(vec3(0.6, 0.85, 0.95), vec3(0.95, 0.8, 0.9), 0.5 + 0.5 * uv.y);
    float t = 0.0; vec2 h = vec2(0.0);
    for (int i = 0; i < 56; i++) {
        h = map(ro + rd * t);
        if (h.x < 0.002 || t > 10.0) break;
        t += h.x;
    }
    if (t < 10.0) {
        vec3 p = ro + rd * t;
        vec2 e = vec2(0.002, 0.0);
        vec3 n = normalize(vec3(map(p + e.xyy).x - h.x, map(p + e.yxy).x - h.x, map(p + e.yyx).x - h.x));
        vec3 alb;
        if (h.y < 0.0) alb = vec3(0.9, 0.85, 0.75) * (0.8 + 0.2 * mod(floor(p.x * 2.0) + floor(p.z * 2.0), 2.0));
        else {
            vec3 c = 0.5 + 0.5 * cos(6.2831 * (h.y * 0.2 + vec3(0.0, 0.33, 0.67)));
            float s = step(0.5, fract((atan(p.z, p.x - 0.25 * sin(iTime + h.y * 1.3)) / 6.2831) * 8.0 + p.y * 2.0 + iTime * 0.3));
            alb = mix(c, vec3(1.0), s * 0.8);
        }
        col = alb * (0.35 + 0.7 * clamp(dot(n, normalize(vec3(0.5, 0.8, 0.7))), 0.0, 1.0));
    }
    fragColor = vec4(col, 1.0);
}
