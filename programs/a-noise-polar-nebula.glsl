/*---
title: Polar Noise Nebula
author: shadertrain project
license: CC0-1.0
family: noise
tags: [polar, fbm, nebula, radial]
dialect: shadertoy
---*/
// Fbm sampled in (angle, log-radius) space so the pattern streams outward from the centre.
float hh(vec2 p) { return fract(sin(dot(p, vec2(113.1, 17.9))) * 15731.743); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
float fbm(vec2 p) {
    float s = 0.0, a = 0.5;
    for (int i = 0; i < 5; i++) { s += a * vn(p); p *= 2.0; a *= 0.5; }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv) + 1e-3;
    float a = atan(uv.y, uv.x) / 6.2831 + 0.5;
    // wrap the angle by sampling on a circle of 8 cells so it is seamless
    vec2 p = vec2(cos(a * 6.2831), sin(a * 6.2831)) * 1.3 + vec2(log(r) * 2.0 - iTime * 0.5, 0.0);
    float n = fbm(p * 1.5 + vec2(0.0, iTime * 0.1));
    float m = fbm(p * 3.0 - 2.0);
    vec3 col = mix(vec3(0.15, 0.05, 0.35), vec3(0.1, 0.6, 0.8), n);
    col = mix(col, vec3(1.0, 0.4, 0.6), smoothstep(0.45, 0.8, m));
    col += vec3(1.0, 0.9, 0.6) * 0.4 / (1.0 + 12.0 * r);
    col *= 0.7 + 0.6 * n;
    fragColor = vec4(col, 1.0);
}
