/*---
title: Onion Layered Cross
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, onion, layers, cross]
dialect: shadertoy
---*/
// A plus-shaped SDF made hollow several times over (onion-ing), each shell filled with a new colour.
float sdCross(vec2 p, float w, float l) {
    p = abs(p);
    p = p.y > p.x ? p.yx : p;
    vec2 q = p - vec2(l, w);
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float a = sin(iTime * 0.4) * 0.8;
    vec2 p = mat2(cos(a), -sin(a), sin(a), cos(a)) * uv;
    float d = sdCross(p, 0.15 + 0.05 * sin(iTime), 0.55) - 0.05;
    float shell = d;
    float k = 0.0;
    for (int i = 0; i < 4; i++) {
        shell = abs(shell) - 0.08;
        k += step(shell, 0.0);
    }
    float idx = floor(d / 0.16 - iTime * 0.5);
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (idx * 0.13 + vec3(0.1, 0.45, 0.75)));
    col *= 0.75 + 0.25 * k / 4.0;
    col = mix(col, vec3(0.08, 0.05, 0.12), smoothstep(0.01, 0.0, abs(shell)) * 0.6);
    fragColor = vec4(col, 1.0);
}
