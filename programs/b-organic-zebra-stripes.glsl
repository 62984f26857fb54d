/*---
title: Zebra Stripes
author: shadertrain project
license: CC0-1.0
family: organic
tags: [stripes, coat, warp]
dialect: shadertoy
---*/
// zebra stripes: stripes along a noise-warped coordinate, bifurcating where warp bends
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.5;
    float w = vnoise(p * 2.0 + iTime * 0.05) * 1.6 + vnoise(p * 4.0) * 0.4;
    float coord = p.x + 0.8 * w + 0.3 * sin(p.y * 2.0 + iTime * 0.3);
    float s = sin(coord * 14.0);
    float thick = 0.1 * sin(p.y * 3.0 + iTime * 0.2);
    float m = smoothstep(thick - 0.15, thick + 0.15, s);
    vec3 dark = vec3(0.1, 0.08, 0.15);
    vec3 light = mix(vec3(0.98, 0.92, 0.8), vec3(0.95, 0.7, 0.5), 0.5 + 0.5 * uv.y);
    vec3 col = mix(dark, light, m);
    col = mix(col, col * vec3(0.8, 1.0, 1.2), 0.3 * smoothstep(0.3, 0.8, w));
    fragColor = vec4(col, 1.0);
}
