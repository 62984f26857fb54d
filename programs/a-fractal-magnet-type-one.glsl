/*---
title: Magnet Map Fields
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [magnet, escape-time, rational-map, convergence]
dialect: shadertoy
---*/
// The magnet type I map z' = ((z^2 + c - 1)/(2z + c - 2))^2, coloured by escape or convergence to 1.
vec2 cmul(vec2 a, vec2 b) { return vec2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x); }
vec2 cdiv(vec2 a, vec2 b) { return vec2(a.x * b.x + a.y * b.y, a.y * b.x - a.x * b.y) / dot(b, b); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = uv * 2.2 + vec2(1.6 + 0.3 * sin(iTime * 0.2), 0.0);
    vec2 z = vec2(0.0);
    float it = 0.0; float conv = 0.0;
    for (int i = 0; i < 48; i++) {
        vec2 num = cmul(z, z) + c - vec2(1.0, 0.0);
        vec2 den = 2.0 * z + c - vec2(2.0, 0.0);
        vec2 q = cdiv(num, den + vec2(1e-5, 0.0));
        z = cmul(q, q);
        if (dot(z, z) > 400.0) break;
        if (length(z - vec2(1.0, 0.0)) < 1e-3) { conv = 1.0; break; }
        it += 1.0;
    }
    vec3 col = conv > 0.5
        ? 0.5 + 0.5 * cos(6.2831 * (it * 0.06 + vec3(0.55, 0.6, 0.7)))
        : 0.5 + 0.5 * cos(6.2831 * (it * 0.045 + vec3(0.0, 0.15, 0.3)) + iTime * 0.3);
    if (it >= 48.0) col = vec3(0.15, 0.1, 0.2);
    fragColor = vec4(col, 1.0);
}
