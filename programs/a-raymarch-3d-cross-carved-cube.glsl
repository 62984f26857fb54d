/*---
title: Cross Carved Cube
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, menger, subtraction, box]
dialect: shadertoy
---*/
// A cube with two levels of cross-shaped tunnels cut through it (a shallow sponge), slowly rotating.
float sdBox(vec3 p, vec3 b) { vec3 q = abs(p) - b; return length(max(q, 0.0)) + min(max(q.x, max(q.y, q.z)), 0.0); }
float crossD(vec3 p, float s) {
    p = abs(p);
    float a = max(p.x, p.y), b = max(p.y, p.z), c = max(p.z, p.x);
    return min(a, min(b, c)) - s;
}
float map(vec3 p) {
    float a = iTime * 0.3;
    p.xz = mat2(cos(a), -sin(a), sin(a), cos(a)) * p.xz;
    p.yz = mat2(cos(0.5), -sin(0.5), sin(0.5), cos(0.5)) * p.yz;
    float d = sdBox(p, vec3(1.0));
    d = max(d, -crossD(p, 0.34));
    vec3 q = mod(p + 1.0 / 3.0, 2.0 / 3.0) - 1.0 / 3.0;
    d = max(d, -crossD(q, 0.11));
    return d;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(0.0, 0.0, 3.6);
    vec3 rd = normalize(vec3(uv, -1.5));
    vec3 col = mix(vec3(0.95, 0.8, 0.55), vec3(0.45, 0.3, 0.6), 0.5 + 0.5 * uv.y);
    float t = 0.0;
    for (int i = 0; i < 64; i++) {
        float d = map(ro + rd * t);
        if (d < 0.002 || t > 8.0) break;
        t += d;
    }
    if (t < 8.0) {
        vec3 p = ro + rd * t;
        vec2 e = vec2(0.002, 0.0);
        vec3 n = normalize(vec3(map(p + e.xyy) - map(p - e.xyy), map(p + e.yxy) - map(p - e.yxy), map(p + e.yyx) - map(p - e.yyx)));
        float ao = clamp(map(p + n * 0.1) / 0.1, 0.0, 1.0);
        vec3 alb = 0.55 + 0.45 * cos(6.2831 * (length(p) * 0.4 + vec3(0.0, 0.15, 0.3)));
        col = alb * (0.3 + 0.7 * clamp(dot(n, normalize(vec3(0.5, 0.8, 0.6))), 0.0, 1.0)) * (0.4 + 0.6 * ao);
    }
    fragColor = vec4(col, 1.0);
}
