/*---
title: Four Vortex Stripes
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [vortex, swirl, stripes, flow]
dialect: shadertoy
---*/
// Diagonal stripes twisted by four point vortices of alternating spin wandering over the canvas.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv;
    for (int i = 0; i < 4; i++) {
        float fi = float(i);
        vec2 c = vec2(sin(iTime * 0.31 + fi * 1.7), cos(iTime * 0.27 + fi * 2.9)) * 0.9;
        vec2 d = p - c;
        float r = length(d);
        float ang = (mod(fi, 2.0) * 2.0 - 1.0) * 2.2 * exp(-r * r * 3.0);
        d = mat2(cos(ang), -sin(ang), sin(ang), cos(ang)) * d;
        p = c + d;
    }
    float s = p.x + p.y;
    float band = fract(s * 3.0);
    float idx = floor(s * 3.0);
    vec3 c1 = vec3(0.98, 0.3, 0.35), c2 = vec3(0.2, 0.75, 0.85), c3 = vec3(0.98, 0.85, 0.3);
    float m = mod(idx, 3.0);
    vec3 col = m < 1.0 ? c1 : (m < 2.0 ? c2 : c3);
    col *= 0.8 + 0.2 * sin(band * 3.1416);
    fragColor = vec4(col, 1.0);
}
