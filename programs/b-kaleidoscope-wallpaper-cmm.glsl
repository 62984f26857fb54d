/*---
title: Diamond Wallpaper
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, wallpaper, rhombic]
dialect: shadertoy
---*/
// rhombic lattice with mirror lines on both diagonals and a pulsing lens motif
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    p = vec2(p.x + p.y, p.y - p.x) * 0.7071 * 2.0;
    p.y += iTime * 0.25;
    vec2 id = floor(p);
    vec2 f = fract(p) - 0.5;
    f = abs(f);
    float lens = length(f - vec2(0.5, 0.0)) - (0.35 + 0.08 * sin(iTime + id.x));
    float lens2 = length(f - vec2(0.0, 0.5)) - (0.35 + 0.08 * cos(iTime + id.y));
    float band = sin(30.0 * max(f.x, f.y) - 2.0 * iTime);
    vec3 col = vec3(0.15, 0.25, 0.35) + 0.2 * band;
    col = mix(col, vec3(0.95, 0.6, 0.2), smoothstep(0.02, -0.02, lens));
    col = mix(col, vec3(0.3, 0.8, 0.6), smoothstep(0.02, -0.02, lens2));
    col = mix(col, vec3(0.85, 0.3, 0.55), smoothstep(0.02, -0.02, max(lens, lens2)));
    col += 0.1 * cos(vec3(0.0, 2.0, 4.0) + dot(id, vec2(0.7, 1.1)));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
