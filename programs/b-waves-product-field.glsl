/*---
title: Product Field
author: shadertrain project
license: CC0-1.0
family: waves
tags: [standing-waves, grid, lissajous]
dialect: shadertoy
---*/
// product of travelling sines in x and y: a moving egg-crate surface, lit from above
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 6.0;
    float fx = 1.0 + 0.3 * sin(iTime * 0.2);
    float h = sin(p.x * fx + iTime) * cos(p.y * 1.3 - iTime * 0.7);
    float hx = fx * cos(p.x * fx + iTime) * cos(p.y * 1.3 - iTime * 0.7);
    float hy = -1.3 * sin(p.x * fx + iTime) * sin(p.y * 1.3 - iTime * 0.7);
    vec3 n = normalize(vec3(-hx, -hy, 2.0));
    float lit = max(dot(n, normalize(vec3(0.5, 0.6, 1.0))), 0.0);
    vec3 base = mix(vec3(0.0, 0.45, 0.4), vec3(0.95, 0.85, 0.3), 0.5 + 0.5 * h);
    vec3 col = base * (0.35 + 0.75 * lit);
    col += 0.3 * pow(lit, 20.0);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
