/*---
title: Vortex LIC
author: shadertrain project
license: CC0-1.0
family: flow
tags: [lic, vortex, texture]
dialect: shadertoy
---*/
// line-integral blur of noise along a circular vortex field, dark core, banded hue
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 q = uv;
    float acc = 0.0;
    float rot = 0.04;
    mat2 m = mat2(cos(rot), -sin(rot), sin(rot), cos(rot));
    for (int i = 0; i < 14; i++) {
        q = m * q;
        vec2 s = q * 25.0;
        acc += vnoise(s + vec2(0.0, iTime * 0.0));
    }
    acc /= 14.0;
    float r = length(uv);
    float a = atan(uv.y, uv.x) - iTime * 0.4 / (0.3 + r);
    vec3 col = 0.5 + 0.5 * cos(vec3(0.5, 1.5, 2.5) + a * 2.0 + r * 2.0);
    col *= 0.2 + 1.4 * smoothstep(0.35, 0.65, acc);
    col *= smoothstep(0.05, 0.3, r);
    col += 0.12 * vec3(0.3, 0.2, 0.5);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
