/*---
title: Julia Circle Walk
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [julia, escape-time, animated-parameter, palette]
dialect: shadertoy
---*/
// The Julia parameter walks a circle near the main cardioid boundary, so the set keeps reshaping.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = 0.7885 * vec2(cos(iTime * 0.25), sin(iTime * 0.25));
    vec2 z = uv * 1.3;
    float it = 0.0;
    for (int i = 0; i < 64; i++) {
        z = vec2(z.x * z.x - z.y * z.y, 2.0 * z.x * z.y) + c;
        if (dot(z, z) > 64.0) break;
        it += 1.0;
    }
    float s = it - log2(max(log2(dot(z, z)), 1e-3));
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (s * 0.04 + vec3(0.0, 0.1, 0.2)) + vec3(4.0, 2.5, 1.0));
    if (it >= 64.0) col = vec3(0.95, 0.9, 0.75) * (0.6 + 0.4 * sin(dot(z, z) * 3.0));
    fragColor = vec4(col, 1.0);
}
