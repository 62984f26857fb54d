/*---
title: Quadtree Subdivision
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [subdivision, squares, recursive]
dialect: shadertoy
---*/
// squares split into quarters by hash, up to four levels, reshuffling over time
float hash(vec2 p) { return fract(sin(dot(p, vec2(41.7, 13.9))) * 76543.21); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.5 + 2.0;
    float epoch = floor(iTime * 0.5);
    float size = 1.0;
    vec2 id = floor(p);
    vec2 f = fract(p);
    float lvl = 0.0;
    for (int i = 0; i < 4; i++) {
        if (hash(id + epoch * 0.13 + float(i) * 7.1) < 0.55) {
            id = floor(p / size * 2.0) ;
            size *= 0.5;
            f = fract(p / size);
            lvl += 1.0;
        }
    }
    float h = hash(id + lvl * 3.3);
    vec2 e = min(f, 1.0 - f);
    float border = smoothstep(0.0, 0.06 / (size + 0.25), min(e.x, e.y));
    vec3 c = 0.5 + 0.5 * cos(6.2832 * (h + vec3(0.0, 0.1, 0.25)) + lvl);
    c *= 0.8 + 0.2 * sin(iTime * 2.0 + h * 6.0);
    vec3 col = mix(vec3(0.05, 0.05, 0.1), c, border);
    fragColor = vec4(col, 1.0);
}
