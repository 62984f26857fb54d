/*---
title: Turbulent Flame Wall
author: shadertrain project
license: CC0-1.0
family: noise
tags: [turbulence, fire, value-noise, gradient-map]
dialect: shadertoy
---*/
// Rising value-noise turbulence masked by height, through a black-body style gradient map.
float hh(vec2 p) { return fract(sin(p.x * 17.13 + p.y * 91.7) * 24634.6345); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = vec2(uv.x * 3.0, uv.y * 2.0 - iTime * 1.4);
    float n = 0.0, a = 0.5;
    for (int i = 0; i < 5; i++) {
        n += a * abs(vn(p) * 2.0 - 1.0);
        p = p * 2.1 + vec2(0.3, -iTime * 0.5);
        a *= 0.5;
    }
    float heat = clamp(1.15 - (uv.y + 1.0) * 0.45 - n * 0.6 + 0.3, 0.0, 1.0);
    heat = heat * 0.85 + 0.15 * (1.0 - n);
    vec3 col = vec3(0.25, 0.02, 0.18);
    col = mix(col, vec3(0.85, 0.1, 0.05), smoothstep(0.1, 0.4, heat));
    col = mix(col, vec3(1.0, 0.6, 0.1), smoothstep(0.4, 0.7, heat));
    col = mix(col, vec3(1.0, 0.97, 0.7), smoothstep(0.7, 0.95, heat));
    fragColor = vec4(col, 1.0);
}
