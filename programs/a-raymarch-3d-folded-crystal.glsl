/*---
title: Folded Crystal Cluster
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, folding, ifs, crystal]
dialect: shadertoy
---*/
// A box repeatedly abs-folded, rotated and scaled (four iterations) gives a crystalline 3D cluster.
mat2 rot(float a) { return mat2(cos(a), -sin(a), sin(a), cos(a)); }
float sdBox(vec3 p, vec3 b) { vec3 q = abs(p) - b; return length(max(q, 0.0)) + min(max(q.x, max(q.y, q.z)), 0.0); }
float map(vec3 p) {
    p.xz *= rot(iTime * 0.25);
    float s = 1.0;
    for (int i = 0; i < 4; i++) {
        p = abs(p) - vec3(0.55, 0.45, 0.5);
        p.xy *= rot(0.6 + 0.2 * sin(iTime * 0.3));
        p.yz *= rot(0.4);
        p *= 1.45;
        s *= 1.45;
    }
    return sdBox(p, vec3(0.5, 0.15, 0.15)) / s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(0.0, 0.0, 3.0);
    vec3 rd = normalize(vec3(uv, -1.4));
    vec3 col = mix(vec3(0.15, 0.1, 0.3), vec3(0.2, 0.5, 0.6), 0.5 + 0.5 * uv.y);
    col += 0.15 * vec3(0.8, 0.4, 0.6) * (1.0 - length(uv));
    float t = 0.0; float glow = 0.0;
    for (int i = 0; i < 56; i++) {
        float d = map(ro + rd * t);
        glow += 0.015 / (1.0 + d * 50.0);
        if (d < 0.002 || t > 7.0) break;
        t += d;
    }
    col += glow * vec3(0.9, 0.6, 1.0);
    if (t < 7.0) {
        vec3 p = ro + rd * t;
        vec2 e = vec2(0.002, 0.0);
        vec3 n = normalize(vec3(map(p + e.xyy) - map(p - e.xyy), map(p + e.yxy) - map(p - e.yxy), map(p + e.yyx) - map(p - e.yyx)));
        vec3 alb = 0.55 + 0.45 * cos(6.2831 * (length(p) * 0.7 + vec3(0.55, 0.65, 0.75)));
        col = alb * (0.3 + 0.8 * clamp(dot(n, normalize(vec3(0.4, 0.8, 0.6))), 0.0, 1.0)) + glow * 0.3;
    }
    fragColor = vec4(col, 1.0);
}
