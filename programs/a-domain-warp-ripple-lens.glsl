/*---
title: Ripple Lens Grid
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [grid, ripples, refraction, lens]
dialect: shadertoy
---*/
// A coloured grid refracted by three expanding circular ripples from moving sources.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 disp = vec2(0.0);
    for (int i = 0; i < 3; i++) {
        float fi = float(i);
        vec2 c = 0.8 * vec2(sin(iTime * 0.3 + fi * 2.1), cos(iTime * 0.23 + fi * 1.3));
        vec2 d = uv - c;
        float r = length(d);
        disp += normalize(d + 1e-4) * sin(r * 18.0 - iTime * 3.0 + fi) * 0.05 / (1.0 + r * 3.0);
    }
    vec2 p = (uv + disp) * 5.0;
    vec2 g = abs(fract(p) - 0.5);
    float line = smoothstep(0.06, 0.0, min(g.x, g.y) - 0.02);
    vec2 cell = floor(p);
    vec3 fill = 0.5 + 0.45 * cos(6.2831 * (0.07 * cell.x + 0.11 * cell.y + vec3(0.0, 0.25, 0.5)));
    vec3 col = mix(fill, vec3(0.05, 0.05, 0.15), line * 0.85);
    col += length(disp) * 4.0 * vec3(0.6, 0.8, 1.0);
    fragColor = vec4(col, 1.0);
}
