/*---
title: Worley Vein Network
author: shadertrain project
license: CC0-1.0
family: noise
tags: [cellular, worley, f2-f1, veins, organic]
dialect: shadertoy
---*/
// F2 minus F1 of two cellular octaves gives a branching vein network over a flesh gradient.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(127.1, 311.7)), dot(p, vec2(269.5, 183.3)))) * 43758.5453); }
float cell(vec2 p, float t) {
    vec2 i = floor(p), f = fract(p);
    float d1 = 8.0, d2 = 8.0;
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 o = h2(i + g);
        o = 0.5 + 0.45 * sin(t + 6.2831 * o);
        float d = dot(g + o - f, g + o - f);
        if (d < d1) { d2 = d1; d1 = d; } else if (d < d2) d2 = d;
    }
    return sqrt(d2) - sqrt(d1);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float v = cell(uv * 3.0, iTime * 0.6);
    float v2 = cell(uv * 7.0 + 10.0, iTime * 0.9);
    float vein = 1.0 - smoothstep(0.0, 0.12, v);
    float fine = 1.0 - smoothstep(0.0, 0.08, v2);
    vec3 bg = mix(vec3(0.95, 0.55, 0.45), vec3(0.8, 0.3, 0.5), 0.5 + 0.5 * uv.y);
    vec3 col = bg * (0.75 + 0.25 * v);
    col = mix(col, vec3(0.35, 0.05, 0.3), vein);
    col = mix(col, vec3(0.55, 0.15, 0.4), fine * 0.5);
    fragColor = vec4(col, 1.0);
}
