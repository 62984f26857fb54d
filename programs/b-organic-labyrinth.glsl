/*---
title: Labyrinth Stripes
author: shadertrain project
license: CC0-1.0
family: organic
tags: [reaction-diffusion, stripes, maze]
dialect: shadertoy
---*/
// labyrinth of stripes: a warped noise height folded through a sine and sharpened
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    vec2 w = vec2(vnoise(p + iTime * 0.1), vnoise(p + 5.2 - iTime * 0.1));
    float h = vnoise(p * 1.5 + w * 2.0) + 0.5 * vnoise(p * 3.0 - w);
    float s = sin(h * 10.0 + iTime * 0.5);
    float m = smoothstep(-0.25, 0.25, s);
    vec3 a = vec3(0.1, 0.45, 0.4);
    vec3 b = vec3(0.95, 0.9, 0.7);
    vec3 col = mix(a, b, m);
    col = mix(col, vec3(0.8, 0.35, 0.3), 0.35 * smoothstep(0.9, 1.2, h));
    fragColor = vec4(col, 1.0);
}
