/*---
title: Triangle Grid Fade
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [triangles, grid, gradient]
dialect: shadertoy
---*/
// equilateral triangle grid; cells fade in waves of hue across the plane
float hash(vec2 p) { return fract(sin(dot(p, vec2(7.13, 157.9))) * 24634.63); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0;
    vec2 sk = vec2(p.x - p.y * 0.57735, p.y * 1.1547);
    vec2 id = floor(sk);
    vec2 f = fract(sk);
    float up = step(f.x + f.y, 1.0);
    vec2 tid = id * 2.0 + vec2(up, 0.0);
    float e = up > 0.5 ? min(min(f.x, f.y), 1.0 - f.x - f.y) : min(min(1.0 - f.x, 1.0 - f.y), f.x + f.y - 1.0);
    float h = hash(tid);
    float wave = sin(dot(id, vec2(0.4, 0.7)) - iTime * 1.5 + h * 2.0);
    vec3 col = 0.5 + 0.5 * cos(6.2832 * (vec3(0.1, 0.2, 0.3) + h * 0.5 + 0.1 * wave + up * 0.2));
    col *= 0.65 + 0.35 * wave;
    col = mix(vec3(0.95, 0.93, 0.85), col, smoothstep(0.0, 0.06, e));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
