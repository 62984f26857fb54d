/*---
title: Spiral Sectors
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, log-polar, spiral, zoom]
dialect: shadertoy
---*/
// log-polar mirror sectors that zoom endlessly along a spiral
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float lr = log(length(uv) + 1e-3);
    float a = atan(uv.y, uv.x);
    vec2 lp = vec2(lr - 0.5 * iTime, a / 3.14159 * 4.0);
    lp.y += lp.x * 0.8;
    vec2 f = fract(lp) - 0.5;
    f = abs(f);
    vec2 id = floor(lp);
    float d = max(f.x, f.y);
    float diamond = f.x + f.y;
    vec3 c1 = 0.5 + 0.5 * cos(vec3(0.0, 0.7, 1.9) + id.x * 0.8 + id.y * 1.3);
    vec3 c2 = 0.5 + 0.5 * cos(vec3(3.0, 1.0, 0.2) + diamond * 6.0 - iTime);
    vec3 col = mix(c1, c2, smoothstep(0.45, 0.55, diamond));
    col *= 0.6 + 0.4 * smoothstep(0.5, 0.42, d);
    fragColor = vec4(col, 1.0);
}
