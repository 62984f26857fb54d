/*---
title: Ink Current
author: shadertrain project
license: CC0-1.0
family: flow
tags: [domain-warp, fbm, advection]
dialect: shadertoy
---*/
// fbm advected by a slowly rotating warp, like ink carried in a current
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
float fbm(vec2 p) { float s = 0.0, a = 0.5; for (int i = 0; i < 5; i++) { s += a * vnoise(p); p = p * 2.02 + 7.1; a *= 0.5; } return s; }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    vec2 w = vec2(fbm(p + vec2(iTime * 0.2, 0.0)), fbm(p + vec2(3.1, -iTime * 0.15)));
    float n = fbm(p * 1.3 + 2.5 * w + vec2(-iTime * 0.3, 0.0));
    vec3 col = mix(vec3(0.0, 0.2, 0.3), vec3(0.1, 0.6, 0.55), n);
    col = mix(col, vec3(0.95, 0.85, 0.55), smoothstep(0.55, 0.8, n * w.x * 1.8));
    col = mix(col, vec3(0.6, 0.15, 0.35), smoothstep(0.5, 0.7, w.y) * 0.6);
    fragColor = vec4(col, 1.0);
}
