/*---
title: Twisted Column Sculpture
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, twist, box, deformation]
dialect: shadertoy
---*/
// A tall box twisted about its axis by an animated amount, lit in warm and cool key lights.
float sdBox(vec3 p, vec3 b) { vec3 q = abs(p) - b; return length(max(q, 0.0)) + min(max(q.x, max(q.y, q.z)), 0.0); }
float map(vec3 p) {
    float k = 1.5 * sin(iTime * 0.6);
    float a = p.y * k + iTime * 0.3;
    p.xz = mat2(cos(a), -sin(a), sin(a), cos(a)) * p.xz;
    return (sdBox(p, vec3(0.45, 1.3, 0.45)) - 0.05) * 0.6;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(0.0, 0.3, 3.5);
    vec3 rd = normalize(vec3(uv, -1.6));
    vec3 bg = mix(vec3(0.1, 0.4, 0.5), vec3(0.95, 0.6, 0.35), 0.5 + 0.5 * sin(uv.x * 1.5 + uv.y));
    vec3 col = bg;
    float t = 0.0;
    for (int i = 0; i < 56; i++) {
        float d = map(ro + rd * t);
        if (d < 0.002 || t > 8.0) break;
        t += d;
    }
    if (t < 8.0) {
        vec3 p = ro + rd * t;
        vec2 e = vec2(0.002, 0.0);
        vec3 n = normalize(vec3(map(p + e.xyy) - map(p - e.xyy), map(p + e.yxy) - map(p - e.yxy), map(p + e.yyx) - map(p - e.yyx)));
        float warm = clamp(dot(n, normalize(vec3(1.0, 0.5, 0.5))), 0.0, 1.0);
        float cool = clamp(dot(n, normalize(vec3(-1.0, 0.2, 0.3))), 0.0, 1.0);
        col = vec3(0.15) + warm * vec3(1.0, 0.6, 0.3) + cool * vec3(0.3, 0.5, 1.0);
        col *= 0.8 + 0.2 * sin(p.y * 20.0);
    }
    fragColor = vec4(col, 1.0);
}
