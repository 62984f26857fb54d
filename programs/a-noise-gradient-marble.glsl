/*---
title: Gradient Marble Veins
author: shadertrain project
license: CC0-1.0
family: noise
tags: [gradient-noise, marble, stripes, turbulence]
dialect: shadertoy
---*/
// Sine stripes phase-shifted by turbulence give marble veins in jade and rose tones.
vec2 rnd2(vec2 p) {
    p = vec2(dot(p, vec2(127.1, 311.7)), dot(p, vec2(269.5, 183.3)));
    return -1.0 + 2.0 * fract(sin(p) * 43758.5453);
}
float gn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    vec2 u = f * f * (3.0 - 2.0 * f);
    return mix(mix(dot(rnd2(i), f), dot(rnd2(i + vec2(1, 0)), f - vec2(1, 0)), u.x),
               mix(dot(rnd2(i + vec2(0, 1)), f - vec2(0, 1)), dot(rnd2(i + vec2(1, 1)), f - vec2(1, 1)), u.x), u.y);
}
float turb(vec2 p) {
    float s = 0.0, a = 1.0;
    for (int i = 0; i < 6; i++) { s += a * abs(gn(p)); p *= 2.03; a *= 0.5; }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    float t = turb(p + vec2(0.0, iTime * 0.2));
    float v = 0.5 + 0.5 * sin(p.x * 3.0 + p.y * 1.5 + t * 6.0 + iTime * 0.7);
    v = pow(v, 0.6);
    vec3 jade = vec3(0.1, 0.55, 0.45), rose = vec3(0.95, 0.6, 0.7), cream = vec3(0.98, 0.95, 0.85);
    vec3 col = mix(jade, cream, v);
    col = mix(col, rose, smoothstep(0.85, 1.0, v) * 0.8);
    col *= 0.8 + 0.3 * t;
    fragColor = vec4(col, 1.0);
}
