/*---
title: Capsule Orbit Mobile
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, capsules, orbit, ambient-occlusion]
dialect: shadertoy
---*/
// Six capsules swinging around a central sphere, with cheap ambient occlusion and a pastel backdrop.
float sdCap(vec3 p, vec3 a, vec3 b, float r) {
    vec3 pa = p - a, ba = b - a;
    float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
    return length(pa - ba * h) - r;
}
vec2 map(vec3 p) {
    vec2 res = vec2(length(p) - 0.45, 0.0);
    for (int i = 0; i < 6; i++) {
        float fi = float(i);
        float a = iTime * 0.6 + fi * 1.0472;
        vec3 c = vec3(cos(a), 0.4 * sin(a * 2.0 + fi), sin(a)) * 1.1;
        vec3 dir = normalize(vec3(sin(fi + iTime), 1.0, cos(fi * 2.0)));
        float d = sdCap(p, c - dir * 0.3, c + dir * 0.35, 0.16);
        if (d < res.x) res = vec2(d, fi + 1.0);
    }
    return res;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(0.0, 0.9, 2.4);
    vec3 fw = normalize(-ro);
    vec3 rt = normalize(cross(fw, vec3(0.0, 1.0, 0.0)));
    vec3 rd = normalize(uv.x * rt + uv.y * cross(rt, fw) + 1.7 * fw);
    vec3 col = mix(vec3(0.95, 0.85, 0.9), vec3(0.6, 0.8, 0.9), 0.5 + 0.5 * uv.y);
    float t = 0.0; vec2 h = vec2(0.0);
    for (int i = 0; i < 48; i++) {
        h = map(ro + rd * t);
        if (h.x < 0.002 || t > 8.0) break;
        t += h.x;
    }
    if (t < 8.0) {
        vec3 p = ro + rd * t;
        vec2 e = vec2(0.003, 0.0);
        vec3 n = normalize(vec3(map(p + e.xyy).x - h.x, map(p + e.yxy).x - h.x, map(p + e.yyx).x - h.x));
        float ao = clamp(map(p + n * 0.15).x / 0.15, 0.0, 1.0);
        vec3 alb = h.y < 0.5 ? vec3(0.95, 0.95, 0.9) : 0.5 + 0.5 * cos(6.2831 * (h.y * 0.16 + vec3(0.0, 0.33, 0.67)));
        col = alb * (0.3 + 0.7 * clamp(dot(n, normalize(vec3(0.4, 0.9, 0.5))), 0.0, 1.0)) * (0.5 + 0.5 * ao);
    }
    fragColor = vec4(col, 1.0);
}
