/*---
title: Crackle Glaze
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [crackle, f2-f1, ceramic, two-scale]
dialect: shadertoy
---*/
// Two scales of F2-F1 crackle lines over a celadon glaze gradient, like crazed pottery.
vec2 h2(vec2 p) { vec3 q = fract(vec3(p.xyx) * vec3(0.1031, 0.103, 0.0973)); q += dot(q, q.yzx + 33.33); return fract((q.xx + q.yz) * q.zy); }
float crack(vec2 p) {
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0;
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        float d = length(g + h2(ip + g) - fp);
        if (d < d1) { d2 = d1; d1 = d; } else if (d < d2) d2 = d;
    }
    return d2 - d1;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 drift = vec2(iTime * 0.1, sin(iTime * 0.2) * 0.3);
    float c1 = crack(uv * 2.5 + drift);
    float c2 = crack(uv * 6.0 + drift * 1.7 + 11.0);
    vec3 glaze = mix(vec3(0.55, 0.78, 0.7), vec3(0.3, 0.55, 0.65), 0.5 + 0.5 * sin(uv.x * 1.5 + uv.y + iTime * 0.3));
    vec3 col = glaze;
    col = mix(col, vec3(0.35, 0.2, 0.12), smoothstep(0.06, 0.0, c1));
    col = mix(col, vec3(0.4, 0.35, 0.3), smoothstep(0.04, 0.0, c2) * 0.6);
    col += 0.08 * vec3(1.0, 0.9, 0.8) * smoothstep(0.3, 0.6, c1);
    fragColor = vec4(col, 1.0);
}
