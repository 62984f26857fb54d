/*---
title: Mandelbox Plane Slice
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [mandelbox, box-fold, sphere-fold, escape-time]
dialect: shadertoy
---*/
// A 2D Mandelbox: box fold, sphere fold and scale-plus-c, escape-time with an orbit-trap tint.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = uv * 3.2;
    float sc = -1.9 + 0.25 * sin(iTime * 0.3);
    vec2 p = c;
    float it = 0.0; float trap = 10.0;
    for (int i = 0; i < 32; i++) {
        p = clamp(p, -1.0, 1.0) * 2.0 - p;
        float r2 = dot(p, p);
        if (r2 < 0.25) p *= 4.0;
        else if (r2 < 1.0) p /= r2;
        p = sc * p + c;
        trap = min(trap, abs(length(p) - 1.0));
        if (dot(p, p) > 1e4) break;
        it += 1.0;
    }
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (it * 0.07 + vec3(0.1, 0.3, 0.55)) + iTime * 0.2);
    col *= 0.5 + 0.7 * exp(-trap * 2.0);
    if (it >= 32.0) col = vec3(0.95, 0.85, 0.6) * (0.4 + 0.6 * exp(-trap));
    fragColor = vec4(col, 1.0);
}
