/*---
title: Repeated Box Corridor
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, repetition, boxes, fog]
dialect: shadertoy
---*/
// Flying forward through an infinite lattice of rounded cubes; colour by cell and depth fog.
float sdBox(vec3 p, vec3 b) { vec3 q = abs(p) - b; return length(max(q, 0.0)) + min(max(q.x, max(q.y, q.z)), 0.0); }
float map(vec3 p) {
    vec3 q = mod(p, 2.0) - 1.0;
    return sdBox(q, vec3(0.3 + 0.1 * sin(iTime))) - 0.08;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(1.0 + 0.3 * sin(iTime * 0.5), 1.0, iTime * 1.5);
    vec3 rd = normalize(vec3(uv, 1.4));
    float a = iTime * 0.15;
    rd.xy = mat2(cos(a), -sin(a), sin(a), cos(a)) * rd.xy;
    float t = 0.0;
    for (int i = 0; i < 56; i++) {
        float d = map(ro + rd * t);
        if (d < 0.003 || t > 25.0) break;
        t += d;
    }
    vec3 fogc = mix(vec3(0.9, 0.5, 0.7), vec3(0.4, 0.7, 0.95), 0.5 + 0.5 * uv.y);
    vec3 p = ro + rd * t;
    vec3 id = floor(p / 2.0);
    vec3 alb = 0.5 + 0.5 * cos(6.2831 * (dot(id, vec3(0.13, 0.21, 0.07)) + vec3(0.0, 0.33, 0.67)));
    vec2 e = vec2(0.003, 0.0);
    vec3 n = normalize(vec3(map(p + e.xyy) - map(p - e.xyy), map(p + e.yxy) - map(p - e.yxy), map(p + e.yyx) - map(p - e.yyx)));
    vec3 col = alb * (0.35 + 0.65 * clamp(dot(n, normalize(vec3(0.3, 0.8, -0.5))), 0.0, 1.0));
    col = mix(col, fogc, 1.0 - exp(-0.12 * t));
    fragColor = vec4(col, 1.0);
}
