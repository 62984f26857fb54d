/*---
title: Polar Warp Bloom
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [polar, domain-warp, petals, fbm]
dialect: shadertoy
---*/
// Radius and angle are each displaced by fbm before drawing petal bands, giving a ragged flower.
float hh(vec2 p) { return fract(sin(dot(p, vec2(3.17, 91.7))) * 9173.13); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
float fbm(vec2 p) { return 0.5 * vn(p) + 0.25 * vn(p * 2.0) + 0.125 * vn(p * 4.0); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float w = fbm(uv * 2.0 + iTime * 0.2);
    float r = length(uv) + 0.35 * (w - 0.4);
    float a = atan(uv.y, uv.x) + 1.2 * fbm(uv * 3.0 - iTime * 0.15);
    float petals = 0.5 + 0.5 * cos(a * 7.0 + iTime * 0.5);
    float rings = 0.5 + 0.5 * sin(r * 14.0 - iTime * 1.5);
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (r * 0.6 + petals * 0.25 + vec3(0.95, 0.65, 0.35)));
    col *= 0.65 + 0.35 * rings;
    col += vec3(1.0, 0.8, 0.3) * exp(-r * 4.0) * 0.6;
    fragColor = vec4(col, 1.0);
}
