/*---
title: Mandelbrot Seahorse Dive
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [mandelbrot, escape-time, smooth-coloring, zoom]
dialect: shadertoy
---*/
// Smooth-iteration Mandelbrot, zooming in and out of the seahorse valley on a 12-second cycle.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float z = 1.3 * exp(-3.0 * (0.5 - 0.5 * cos(iTime * 0.52)));
    vec2 c = vec2(-0.7435, 0.1314) + uv * z;
    vec2 w = vec2(0.0);
    float it = 0.0;
    for (int i = 0; i < 64; i++) {
        w = vec2(w.x * w.x - w.y * w.y, 2.0 * w.x * w.y) + c;
        if (dot(w, w) > 256.0) break;
        it += 1.0;
    }
    vec3 col;
    if (it >= 64.0) col = vec3(0.05, 0.08, 0.2) + 0.1 * vec3(0.5 + 0.5 * sin(length(w) * 10.0));
    else {
        float s = it - log2(log2(dot(w, w))) + 4.0;
        col = 0.5 + 0.5 * cos(3.0 + s * 0.18 + vec3(0.0, 0.6, 1.0));
    }
    fragColor = vec4(col, 1.0);
}
