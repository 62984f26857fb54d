/*---
title: Phoenix Map Swirl
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [phoenix, escape-time, memory-term, julia]
dialect: shadertoy
---*/
// The phoenix map z' = z^2 + c + p*z_prev, with the memory weight p swaying over time.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 z = uv.yx * vec2(1.3, -1.3);
    vec2 zp = vec2(0.0);
    vec2 c = vec2(0.5667, 0.0);
    vec2 pw = vec2(-0.5 + 0.05 * sin(iTime * 0.4), 0.05 * cos(iTime * 0.3));
    float it = 0.0;
    for (int i = 0; i < 64; i++) {
        vec2 zn = vec2(z.x * z.x - z.y * z.y, 2.0 * z.x * z.y) + c + vec2(pw.x * zp.x - pw.y * zp.y, pw.x * zp.y + pw.y * zp.x);
        zp = z; z = zn;
        if (dot(z, z) > 16.0) break;
        it += 1.0;
    }
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (it * 0.03 + vec3(0.8, 0.9, 0.3)));
    if (it >= 64.0) col = vec3(0.2, 0.05, 0.15) + 0.25 * (0.5 + 0.5 * cos(length(z) * 8.0 + vec3(0.0, 1.0, 2.0)));
    fragColor = vec4(col, 1.0);
}
