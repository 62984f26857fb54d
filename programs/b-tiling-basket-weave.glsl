/*---
title: Basket Weave
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [weave, over-under, textile]
dialect: shadertoy
---*/
// two thread directions alternating over and under, with shading across each strand
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float t = iTime * 0.2;
    vec2 p = mat2(cos(0.3), -sin(0.3), sin(0.3), cos(0.3)) * uv * 5.0 + vec2(t, -t);
    vec2 id = floor(p);
    vec2 f = fract(p);
    float checker = mod(id.x + id.y, 2.0);
    float sx = sin(f.y * 3.14159);
    float sy = sin(f.x * 3.14159);
    float wx = 0.5 + 0.5 * cos(id.y * 1.7 + iTime * 0.3);
    float wy = 0.5 + 0.5 * cos(id.x * 2.3 - iTime * 0.4);
    vec3 cx = mix(vec3(0.9, 0.4, 0.2), vec3(0.95, 0.8, 0.3), wx) * (0.5 + 0.5 * sx);
    vec3 cy = mix(vec3(0.2, 0.4, 0.8), vec3(0.3, 0.8, 0.7), wy) * (0.5 + 0.5 * sy);
    float top = checker;
    vec3 col = top > 0.5 ? cx : cy;
    float gap = smoothstep(0.0, 0.08, min(min(f.x, 1.0 - f.x), min(f.y, 1.0 - f.y)));
    col *= 0.6 + 0.4 * gap;
    col += 0.08 * sin(60.0 * (top > 0.5 ? f.x : f.y));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
