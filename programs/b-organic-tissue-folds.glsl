/*---
title: Tissue Folds
author: shadertrain project
license: CC0-1.0
family: organic
tags: [warp, folds, flesh]
dialect: shadertoy
---*/
// folded tissue: ridges of a doubly domain-warped noise, shaded like soft flesh
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
float fbm(vec2 p) { float s = 0.0, a = 0.5; for (int i = 0; i < 4; i++) { s += a * vnoise(p); p = p * 2.0 + 1.3; a *= 0.5; } return s; }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    vec2 q = vec2(fbm(p + iTime * 0.1), fbm(p + vec2(5.2, 1.3)));
    vec2 r = vec2(fbm(p + 3.0 * q + vec2(1.7, 9.2)), fbm(p + 3.0 * q + vec2(8.3, 2.8) - iTime * 0.08));
    float h = fbm(p + 3.0 * r);
    float fold = abs(sin(h * 6.0 + iTime * 0.3));
    vec3 col = mix(vec3(0.55, 0.1, 0.2), vec3(0.98, 0.6, 0.55), fold);
    col = mix(col, vec3(0.35, 0.2, 0.5), smoothstep(0.5, 0.8, length(q)) * 0.5);
    col *= 0.7 + 0.4 * r.x;
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
