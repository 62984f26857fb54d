/*---
title: Fish Scales
author: shadertrain project
license: CC0-1.0
family: organic
tags: [scales, overlap, iridescent]
dialect: shadertoy
---*/
// overlapping scale rows (offset circles) with iridescent sheen that ripples along the body
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0 + vec2(iTime * 0.3, 0.0);
    vec2 best = vec2(1e3, 0.0);
    vec2 bid = vec2(0.0);
    for (int k = 0; k < 2; k++) {
        vec2 q = p + vec2(0.5 * float(k), 0.5 * float(k));
        vec2 id = floor(q);
        vec2 f = fract(q) - vec2(0.5, 0.0);
        float d = length(f);
        float score = d < 0.72 ? f.y + float(k) * 0.001 : 1e3;
        if (score < best.x) { best = vec2(score, d); bid = id + float(k) * 0.5; }
    }
    float d = best.y;
    float sheen = 0.5 + 0.5 * sin(d * 8.0 + uv.x * 3.0 - iTime * 1.5 + bid.y);
    vec3 base = 0.5 + 0.5 * cos(vec3(0.0, 1.5, 3.0) + sheen * 2.0 + bid.x * 0.2 + 2.5);
    vec3 col = base * (0.55 + 0.45 * (1.0 - d));
    col *= smoothstep(0.74, 0.62, d) * 0.7 + 0.3;
    fragColor = vec4(col, 1.0);
}
