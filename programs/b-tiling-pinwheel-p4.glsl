/*---
title: Pinwheel Rotation Tiles
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [wallpaper, p4, rotation]
dialect: shadertoy
---*/
// four-fold rotational wallpaper: a lopsided motif turned 90 degrees in neighbouring cells
mat2 rot(float a) { float c = cos(a), s = sin(a); return mat2(c, -s, s, c); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.5;
    vec2 id = floor(p);
    vec2 f = fract(p) - 0.5;
    float k = mod(id.x, 2.0) + 2.0 * mod(id.y, 2.0);
    f = rot(k * 1.5708 + 0.3 * sin(iTime * 0.5)) * f;
    float blade = length(f - vec2(0.12, 0.08)) - 0.3;
    blade = max(blade, -(length(f - vec2(0.3, 0.3)) - 0.22));
    float hub = length(f) - 0.09;
    vec3 bg = mix(vec3(0.2, 0.5, 0.55), vec3(0.9, 0.75, 0.5), 0.5 + 0.5 * sin(f.x * 6.0 + f.y * 4.0 + iTime));
    vec3 col = mix(bg, 0.5 + 0.5 * cos(vec3(5.0, 3.5, 1.0) + k + iTime * 0.3), smoothstep(0.015, -0.015, blade));
    col = mix(col, vec3(0.15, 0.1, 0.2), smoothstep(0.015, -0.015, hub));
    fragColor = vec4(col, 1.0);
}
