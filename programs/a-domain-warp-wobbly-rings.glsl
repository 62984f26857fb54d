/*---
title: Wobbly Target Rings
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [rings, domain-warp, concentric, candy]
dialect: shadertoy
---*/
// Concentric rings whose radius is bent by a rotating sine warp; each ring a different candy colour.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv;
    float t = iTime * 0.5;
    p += 0.12 * vec2(sin(p.y * 4.0 + t), sin(p.x * 5.0 - t * 1.3));
    p += 0.06 * vec2(sin(p.y * 9.0 - t * 2.0), cos(p.x * 8.0 + t));
    float r = length(p) * 6.0 - iTime * 0.8;
    float id = floor(r);
    float f = fract(r);
    vec3 col = 0.55 + 0.45 * cos(6.2831 * (id * 0.17 + vec3(0.05, 0.4, 0.7)));
    col *= 0.75 + 0.25 * smoothstep(0.0, 0.2, f) * smoothstep(1.0, 0.8, f);
    col += 0.15 * sin(atan(p.y, p.x) * 6.0 + id);
    fragColor = vec4(col, 1.0);
}
