/*---
title: Folded Petals
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, polar, palette]
dialect: shadertoy
---*/
// six-fold polar mirror over drifting rings and petal lobes
vec3 pal(float t) { return 0.5 + 0.5 * cos(6.2832 * (t + vec3(0.05, 0.35, 0.62))); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x) + 0.15 * iTime;
    float n = 6.0;
    float sec = 6.2832 / n;
    a = mod(a, sec) - 0.5 * sec;
    a = abs(a);
    vec2 p = r * vec2(cos(a), sin(a));
    float petal = sin(9.0 * p.x - 2.0 * iTime) * cos(14.0 * p.y + iTime);
    float rings = sin(18.0 * r - 3.0 * iTime);
    float v = 0.5 * petal + 0.35 * rings + 0.6 * p.y;
    vec3 col = pal(v * 0.4 + r * 0.5 + 0.05 * iTime);
    col *= 0.75 + 0.25 * smoothstep(-0.2, 0.6, petal);
    fragColor = vec4(col, 1.0);
}
