/*---
title: Dithered Bands
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [dither, bayer, palette]
dialect: shadertoy
---*/
// a radial gradient reduced to four palette entries with a 4x4 ordered dither
float bayer4(vec2 p) {
    vec2 q = mod(floor(p), 4.0);
    float a = mod(q.x, 2.0), b = mod(q.y, 2.0);
    float c = floor(q.x / 2.0), d = floor(q.y / 2.0);
    float lo = 2.0 * a + 3.0 * b - 4.0 * a * b;
    float hi = 2.0 * c + 3.0 * d - 4.0 * c * d;
    return (lo * 4.0 + hi + 0.5) / 16.0;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float g = 0.5 + 0.5 * sin(length(uv - 0.3 * vec2(sin(iTime * 0.3), cos(iTime * 0.4))) * 4.0 - iTime) * 0.9 + 0.1 * uv.x;
    float lv = g * 3.0;
    float base = floor(lv);
    float step_ = step(bayer4(fragCoord * 0.5), fract(lv));
    float idx = clamp(base + step_, 0.0, 3.0);
    vec3 c0 = vec3(0.1, 0.15, 0.35), c1 = vec3(0.2, 0.55, 0.6), c2 = vec3(0.95, 0.6, 0.3), c3 = vec3(0.98, 0.9, 0.7);
    vec3 col = idx < 0.5 ? c0 : (idx < 1.5 ? c1 : (idx < 2.5 ? c2 : c3));
    fragColor = vec4(col, 1.0);
}
