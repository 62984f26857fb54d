/*---
title: Tumbling Torus Normals
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, torus, normals, rotation]
dialect: shadertoy
---*/
// A tumbling torus coloured by its surface normal, with rim light, over a soft radial backdrop.
mat2 rot(float a) { return mat2(cos(a), -sin(a), sin(a), cos(a)); }
float map(vec3 p) {
    p.xy *= rot(iTime * 0.7);
    p.yz *= rot(iTime * 0.5);
    vec2 q = vec2(length(p.xz) - 0.8, p.y);
    return length(q) - 0.32;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(0.0, 0.0, 3.0);
    vec3 rd = normalize(vec3(uv, -1.6));
    vec3 col = mix(vec3(0.3, 0.2, 0.45), vec3(0.85, 0.75, 0.6), 0.6 - 0.4 * length(uv));
    float t = 0.0;
    for (int i = 0; i < 40; i++) {
        float d = map(ro + rd * t);
        if (d < 0.002 || t > 6.0) break;
        t += d;
    }
    if (t < 6.0) {
        vec3 p = ro + rd * t;
        vec2 e = vec2(0.002, 0.0);
        vec3 n = normalize(vec3(map(p + e.xyy) - map(p - e.xyy), map(p + e.yxy) - map(p - e.yxy), map(p + e.yyx) - map(p - e.yyx)));
        col = 0.5 + 0.5 * n;
        float rim = pow(1.0 - abs(dot(n, rd)), 3.0);
        col = col * (0.6 + 0.4 * dot(n, normalize(vec3(0.5, 0.7, 0.6)))) + rim * vec3(1.0, 0.9, 0.8) * 0.6;
    }
    fragColor = vec4(col, 1.0);
}
