/*---
title: Noise Twist Swirls
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [rotation-warp, swirl, stripes, noise]
dialect: shadertoy
---*/
// Coordinates rotated by an angle read from a noise field, then striped; gives marbled swirls.
float hh(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv;
    for (int i = 0; i < 3; i++) {
        float a = (vn(p * 1.7 + float(i) * 3.1 + iTime * 0.2) - 0.5) * 4.0;
        p = mat2(cos(a), -sin(a), sin(a), cos(a)) * p;
        p += 0.15 * vec2(sin(iTime * 0.3 + float(i)), cos(iTime * 0.4));
    }
    float s = sin(p.x * 12.0);
    float s2 = sin(p.y * 5.0 + iTime);
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (0.1 * s + 0.2 * s2 + vec3(0.0, 0.1, 0.2)) + vec3(1.0, 2.0, 3.0));
    col = mix(col, vec3(0.98, 0.95, 0.9), smoothstep(0.8, 1.0, s) * 0.7);
    fragColor = vec4(col, 1.0);
}
