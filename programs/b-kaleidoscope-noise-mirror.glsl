/*---
title: Noise Mirror
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, noise, fbm]
dialect: shadertoy
---*/
// value-noise fbm seen through a four-fold mirror that slowly rotates
float hash(vec2 p) { return fract(sin(dot(p, vec2(41.3, 289.1))) * 15731.743); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
float fbm(vec2 p) {
    float s = 0.0, a = 0.5;
    for (int i = 0; i < 5; i++) { s += a * vnoise(p); p = p * 2.03 + 1.7; a *= 0.5; }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float t = iTime * 0.2;
    vec2 p = mat2(cos(t), -sin(t), sin(t), cos(t)) * uv;
    p = abs(p);
    if (p.y > p.x) p = p.yx;
    float n = fbm(p * 3.0 + vec2(iTime * 0.3, 0.0));
    float m = fbm(p * 5.0 - n * 2.0);
    vec3 col = mix(vec3(0.1, 0.2, 0.45), vec3(0.95, 0.45, 0.3), smoothstep(0.3, 0.7, n));
    col = mix(col, vec3(0.95, 0.9, 0.5), smoothstep(0.55, 0.8, m));
    col += 0.1 * cos(vec3(0.0, 2.0, 4.0) + length(uv) * 5.0);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
