/*---
title: Warped Checkerboard
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [checker, warp, distortion]
dialect: shadertoy
---*/
// checkerboard pulled through a sine-based domain warp, with cell-index colours
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0;
    for (int i = 0; i < 3; i++) {
        float fi = float(i) + 1.0;
        p += 0.35 / fi * vec2(sin(p.y * fi * 1.3 + iTime * 0.7), cos(p.x * fi * 1.1 - iTime * 0.5));
    }
    vec2 id = floor(p);
    float chk = mod(id.x + id.y, 2.0);
    vec2 f = fract(p);
    vec3 c1 = 0.5 + 0.5 * cos(vec3(0.0, 2.1, 4.2) + id.x * 0.4 + iTime * 0.2);
    vec3 c2 = 0.5 + 0.5 * cos(vec3(1.0, 1.5, 2.0) * 2.0 + id.y * 0.5);
    vec3 col = mix(c1, c2 * 0.9, chk);
    col *= 0.75 + 0.25 * sin(f.x * 3.14159) * sin(f.y * 3.14159);
    fragColor = vec4(col, 1.0);
}
