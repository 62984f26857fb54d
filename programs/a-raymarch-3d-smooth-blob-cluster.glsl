/*---
title: Smooth Blob Cluster
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, smooth-min, blobs, glossy]
dialect: shadertoy
---*/
// Five orbiting spheres merged with smooth-min; glossy shading with a colour blend per sphere.
float smin(float a, float b, float k) { float h = clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0); return mix(b, a, h) - k * h * (1.0 - h); }
vec4 map(vec3 p) {
    float d = 1e3; vec3 c = vec3(0.0); float wsum = 0.0;
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        vec3 cp = 0.7 * vec3(sin(iTime * 0.9 + fi * 1.3), cos(iTime * 0.7 + fi * 2.1), sin(iTime * 0.5 + fi * 0.7));
        float di = length(p - cp) - 0.4;
        d = smin(d, di, 0.45);
        float w = 1.0 / (0.01 + di * di);
        c += w * (0.5 + 0.5 * cos(6.2831 * (fi * 0.2 + vec3(0.0, 0.33, 0.67))));
        wsum += w;
    }
    return vec4(d, c / wsum);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(0.0, 0.0, 3.2);
    vec3 rd = normalize(vec3(uv, -1.5));
    vec3 bg = mix(vec3(0.2, 0.25, 0.35), vec3(0.85, 0.85, 0.9), 0.5 + 0.5 * uv.y);
    vec3 col = bg;
    float t = 0.0;
    for (int i = 0; i < 40; i++) {
        float d = map(ro + rd * t).x;
        if (d < 0.003 || t > 7.0) break;
        t += d;
    }
    if (t < 7.0) {
        vec3 p = ro + rd * t;
        vec4 m = map(p);
        vec2 e = vec2(0.003, 0.0);
        vec3 n = normalize(vec3(map(p + e.xyy).x - m.x, map(p + e.yxy).x - m.x, map(p + e.yyx).x - m.x));
        vec3 l = normalize(vec3(0.5, 0.8, 0.6));
        float dif = clamp(dot(n, l), 0.0, 1.0);
        float spe = pow(clamp(dot(reflect(rd, n), l), 0.0, 1.0), 24.0);
        col = m.yzw * (0.25 + 0.8 * dif) + spe * 0.7 + 0.15 * bg * (1.0 - abs(dot(n, rd)));
    }
    fragColor = vec4(col, 1.0);
}
