/*---
title: Ridged Fold Drapery
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [ridged, domain-warp, fabric, shading]
dialect: shadertoy
---*/
// Ridged noise sampled through a sine-and-noise warp reads like folded velvet under side light.
float hh(vec2 p) { return fract(sin(dot(p, vec2(17.7, 113.3))) * 3711.17); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
float rid(vec2 p) {
    float s = 0.0, a = 0.6;
    for (int i = 0; i < 4; i++) { s += a * (1.0 - abs(vn(p) * 2.0 - 1.0)); p = p * 2.1 + 3.3; a *= 0.5; }
    return s;
}
float field(vec2 uv) {
    vec2 p = uv * vec2(1.2, 2.5);
    p.y += 0.6 * sin(p.x * 2.0 + iTime * 0.4);
    p += vec2(vn(p * 0.8 + iTime * 0.1), vn(p * 0.8 + 5.0)) * 1.5;
    return rid(p);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float h = field(uv);
    float hx = field(uv + vec2(0.01, 0.0));
    float hy = field(uv + vec2(0.0, 0.01));
    vec3 n = normalize(vec3((h - hx) * 30.0, (h - hy) * 30.0, 1.0));
    float dif = clamp(dot(n, normalize(vec3(0.6, 0.5, 0.6))), 0.0, 1.0);
    vec3 base = mix(vec3(0.45, 0.05, 0.25), vec3(0.1, 0.3, 0.6), 0.5 + 0.5 * sin(uv.x + iTime * 0.2));
    vec3 col = base * (0.35 + 0.9 * dif) + vec3(1.0, 0.8, 0.6) * pow(dif, 12.0) * 0.4;
    fragColor = vec4(col, 1.0);
}
