/*---
title: Vesica Leaf Fall
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, vesica, intersection, leaves]
dialect: shadertoy
---*/
// Leaves made from intersecting two offset circles (a vesica), with a midrib, tumbling down columns.
float leaf(vec2 p) {
    float r = 0.5, off = 0.36;
    float a = length(p - vec2(off, 0.0)) - r;
    float b = length(p + vec2(off, 0.0)) - r;
    return max(a, b);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.55, 0.75, 0.85), vec3(0.95, 0.85, 0.6), 0.5 + 0.5 * uv.y);
    for (int i = 0; i < 3; i++) {
        float fi = float(i);
        float sc = 1.3 + fi * 0.7;
        vec2 p = uv * sc + vec2(fi * 0.37, iTime * (0.4 + 0.2 * fi));
        vec2 id = floor(p);
        vec2 q = fract(p) - 0.5;
        float rnd = fract(sin(dot(id, vec2(17.3, 51.9)) + fi) * 9431.7);
        float a = iTime * (rnd - 0.5) * 3.0 + rnd * 6.28;
        q = mat2(cos(a), -sin(a), sin(a), cos(a)) * q;
        q.x += 0.1 * sin(iTime + rnd * 6.0);
        float d = leaf(q * 1.6);
        vec3 lc = mix(vec3(0.9, 0.3, 0.1), vec3(0.95, 0.75, 0.15), rnd);
        lc = mix(lc, vec3(0.4, 0.65, 0.2), step(0.75, rnd));
        lc *= 1.0 - 0.4 * smoothstep(0.02, 0.0, abs(q.y)) * step(d, 0.0);
        col = mix(col, lc * (0.75 + 0.1 * fi), smoothstep(0.02, -0.02, d) * step(0.12, rnd));
    }
    fragColor = vec4(col, 1.0);
}
