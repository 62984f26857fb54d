/*---
title: Noise Streaks
author: shadertrain project
license: CC0-1.0
family: flow
tags: [lic, streaks, flow-field]
dialect: shadertoy
---*/
// streaks: noise averaged along the local flow direction, a cheap line-integral blur
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
vec2 field(vec2 p) { float a = vnoise(p * 0.8 + iTime * 0.05) * 6.2832; return vec2(cos(a), sin(a)); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    vec2 q = p;
    float acc = 0.0;
    for (int i = 0; i < 16; i++) {
        q += 0.04 * field(q);
        acc += hash(floor((q + iTime * 0.05 * field(q)) * 30.0));
    }
    acc /= 16.0;
    float ang = atan(field(p).y, field(p).x);
    vec3 col = 0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + ang);
    col *= 0.3 + 1.2 * smoothstep(0.3, 0.7, acc);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
