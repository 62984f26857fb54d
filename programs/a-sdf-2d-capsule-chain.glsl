/*---
title: Wiggling Capsule Chain
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, capsule, chain, animation]
dialect: shadertoy
---*/
// A chain of capsules following a travelling sine wave, repeated in rows with offset hues.
float sdSeg(vec2 p, vec2 a, vec2 b) {
    vec2 pa = p - a, ba = b - a;
    float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
    return length(pa - ba * h);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float row = floor(uv.y * 2.0 + 0.5);
    vec2 p = vec2(uv.x, uv.y - row * 0.5);
    float d = 1e3; float seg = 0.0;
    for (int i = 0; i < 12; i++) {
        float x0 = -1.8 + float(i) * 0.3;
        float x1 = x0 + 0.3;
        vec2 a = vec2(x0, 0.12 * sin(x0 * 4.0 - iTime * 3.0 + row));
        vec2 b = vec2(x1, 0.12 * sin(x1 * 4.0 - iTime * 3.0 + row));
        float di = sdSeg(p, a, b) - 0.07;
        if (di < d) { d = di; seg = float(i); }
    }
    vec3 bg = mix(vec3(0.15, 0.35, 0.4), vec3(0.3, 0.25, 0.45), 0.5 + 0.5 * sin(row * 1.7));
    bg *= 0.9 + 0.1 * sin(d * 50.0);
    vec3 link = 0.55 + 0.45 * cos(6.2831 * (seg * 0.06 + row * 0.2 + vec3(0.0, 0.33, 0.67)));
    vec3 col = mix(bg, link * (0.7 + 0.3 * smoothstep(0.0, -0.07, d)), smoothstep(0.01, -0.01, d));
    fragColor = vec4(col, 1.0);
}
