/*---
title: Spinning Tricorn
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [tricorn, mandelbar, escape-time, rotation]
dialect: shadertoy
---*/
// The tricorn (conjugate-squared) set, rotating slowly, coloured by iteration and final angle.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float a = iTime * 0.15;
    vec2 c = mat2(cos(a), -sin(a), sin(a), cos(a)) * uv * 1.3 - vec2(0.2, 0.0);
    vec2 z = vec2(0.0);
    float it = 0.0;
    for (int i = 0; i < 48; i++) {
        z = vec2(z.x * z.x - z.y * z.y, -2.0 * z.x * z.y) + c;
        if (dot(z, z) > 16.0) break;
        it += 1.0;
    }
    float ang = atan(z.y, z.x) / 6.2831 + 0.5;
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (it * 0.05 + ang * 0.3 + vec3(0.3, 0.5, 0.7)));
    if (it >= 48.0) col = vec3(0.2, 0.1, 0.3) + 0.3 * vec3(ang, 0.5, 1.0 - ang);
    fragColor = vec4(col, 1.0);
}
