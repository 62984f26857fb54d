/*---
title: Plus Sign Morph Grid
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, morph, box, grid]
dialect: shadertoy
---*/
// Each grid cell morphs between a circle, a rounded box and a plus sign by mixing their SDFs.
float sdBox(vec2 p, vec2 b) { vec2 q = abs(p) - b; return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.2;
    vec2 id = floor(p);
    vec2 q = fract(p) - 0.5;
    float ph = iTime * 0.7 + 0.4 * (id.x - id.y);
    float m1 = 0.5 + 0.5 * sin(ph);
    float m2 = 0.5 + 0.5 * sin(ph * 0.7 + 1.0);
    float dc = length(q) - 0.3;
    float db = sdBox(q, vec2(0.25)) - 0.05;
    float dp = min(sdBox(q, vec2(0.35, 0.1)), sdBox(q, vec2(0.1, 0.35)));
    float d = mix(mix(dc, db, m1), dp, m2);
    vec3 fg = 0.5 + 0.5 * cos(6.2831 * (m1 * 0.3 + m2 * 0.3 + vec3(0.0, 0.4, 0.7)));
    vec3 bg = mod(id.x + id.y, 2.0) < 1.0 ? vec3(0.15, 0.15, 0.3) : vec3(0.25, 0.15, 0.3);
    bg += 0.08 * cos(d * 40.0);
    vec3 col = mix(bg, fg, smoothstep(0.015, -0.015, d));
    fragColor = vec4(col, 1.0);
}
