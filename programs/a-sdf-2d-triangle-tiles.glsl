/*---
title: Flipping Triangle Tiles
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, triangle, tiling, flip]
dialect: shadertoy
---*/
// Equilateral triangle SDFs on a square grid, each flipping and scaling on its own schedule.
float sdTri(vec2 p, float r) {
    const float k = 1.7320508;
    p.x = abs(p.x) - r;
    p.y = p.y + r / k;
    if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
    p.x -= clamp(p.x, -2.0 * r, 0.0);
    return -length(p) * sign(p.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0 + vec2(iTime * 0.2, 0.0);
    vec2 id = floor(p);
    vec2 q = fract(p) - 0.5;
    float rnd = fract(sin(dot(id, vec2(41.7, 11.3))) * 7919.3);
    float flip = cos(iTime * (0.8 + rnd) + rnd * 6.2831);
    q.y *= 1.0 / (abs(flip) * 0.9 + 0.1) * sign(flip + 1e-3);
    float d = sdTri(q, 0.33);
    vec3 bgc = 0.35 + 0.25 * cos(6.2831 * (rnd + vec3(0.6, 0.7, 0.8)));
    vec3 fg = 0.55 + 0.45 * cos(6.2831 * (rnd * 0.7 + vec3(0.0, 0.25, 0.5)));
    fg *= flip > 0.0 ? 1.0 : 0.6;
    vec3 col = mix(bgc, fg, smoothstep(0.02, -0.02, d));
    col = mix(col, vec3(1.0), 0.3 * smoothstep(0.03, 0.0, abs(d)));
    fragColor = vec4(col, 1.0);
}
