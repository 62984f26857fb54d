/*---
title: Smoke Plume
author: shadertrain project
license: CC0-1.0
family: flow
tags: [smoke, turbulence, fbm]
dialect: shadertoy
---*/
// smoke: fbm scrolling upward, sheared by a sideways turbulence that grows with height
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
float fbm(vec2 p) { float s = 0.0, a = 0.5; for (int i = 0; i < 5; i++) { s += a * vnoise(p); p = p * 2.0 + 3.7; a *= 0.5; } return s; }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float h = uv.y + 1.0;
    vec2 p = vec2(uv.x * 2.0, uv.y * 1.5 - iTime * 0.5);
    p.x += h * 0.8 * (fbm(p * 0.7 + iTime * 0.1) - 0.5) * 2.0;
    float d = fbm(p * 1.5);
    float plume = exp(-pow(uv.x - 0.2 * sin(h * 2.0 + iTime * 0.3), 2.0) * (6.0 / (0.4 + h)));
    float smoke = smoothstep(0.3, 0.75, d) * plume;
    vec3 bg = mix(vec3(0.15, 0.3, 0.45), vec3(0.55, 0.45, 0.6), uv.y * 0.5 + 0.5);
    vec3 sm = mix(vec3(0.95, 0.9, 0.85), vec3(0.7, 0.55, 0.8), d);
    vec3 col = mix(bg, sm, smoke);
    fragColor = vec4(col, 1.0);
}
