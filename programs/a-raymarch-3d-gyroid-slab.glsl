/*---
title: Gyroid Slab Interior
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, gyroid, minimal-surface, fog]
dialect: shadertoy
---*/
// Camera drifting inside a thickened gyroid; position-based colour and glow fog fill the frame.
float map(vec3 p) {
    vec3 q = p * 4.5;
    float g = dot(sin(q), cos(q.yzx));
    return abs(abs(g) - 0.3) / 6.5 - 0.002;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(iTime * 0.3, 0.2 * sin(iTime * 0.3), iTime * 0.5);
    vec3 rd = normalize(vec3(uv, 1.3));
    float a = iTime * 0.1;
    rd.xz = mat2(cos(a), -sin(a), sin(a), cos(a)) * rd.xz;
    float t = 0.05; float glow = 0.0;
    for (int i = 0; i < 56; i++) {
        float d = map(ro + rd * t);
        glow += 0.02 / (1.0 + d * 40.0);
        if (d < 0.002 || t > 8.0) break;
        t += d;
    }
    vec3 p = ro + rd * t;
    vec3 alb = 0.5 + 0.5 * cos(p * 1.3 + vec3(0.0, 2.0, 4.0));
    vec2 e = vec2(0.003, 0.0);
    vec3 n = normalize(vec3(map(p + e.xyy) - map(p - e.xyy), map(p + e.yxy) - map(p - e.yxy), map(p + e.yyx) - map(p - e.yyx)));
    vec3 col = alb * (0.3 + 0.7 * abs(n.y)) ;
    vec3 fogc = vec3(0.95, 0.6, 0.4);
    col = mix(col, fogc, 1.0 - exp(-0.12 * t));
    col += glow * vec3(0.3, 0.5, 0.9);
    fragColor = vec4(col, 1.0);
}
