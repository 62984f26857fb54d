/*---
title: Lens Grid
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [grid, lens, distortion]
dialect: shadertoy
---*/
// a square grid seen through a wandering magnifier, lines coloured by their index
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = 0.6 * vec2(sin(iTime * 0.35), sin(iTime * 0.27 + 1.0));
    vec2 d = uv - c;
    float r = length(d);
    float mag = 1.0 - 0.55 * exp(-r * r * 4.0);
    vec2 p = c + d * mag;
    p *= 6.0;
    vec2 g = abs(fract(p) - 0.5);
    float line = smoothstep(0.42, 0.48, max(g.x, g.y));
    vec2 id = floor(p);
    vec3 lc = 0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + (g.x > g.y ? id.x : id.y) * 0.6);
    vec3 bg = mix(vec3(0.95, 0.93, 0.88), vec3(0.8, 0.88, 0.95), exp(-r * r * 4.0));
    vec3 col = mix(bg, lc, line);
    fragColor = vec4(col, 1.0);
}
