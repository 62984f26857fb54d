/*---
title: Contour Map Bands
author: shadertrain project
license: CC0-1.0
family: noise
tags: [fbm, contours, isolines, hsv]
dialect: shadertoy
---*/
// An evolving fbm height field drawn as a coloured topographic map with isolines.
float hs(vec2 p) { p = fract(p * vec2(234.34, 435.345)); p += dot(p, p + 34.23); return fract(p.x * p.y); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hs(i), hs(i + vec2(1, 0)), f.x), mix(hs(i + vec2(0, 1)), hs(i + vec2(1, 1)), f.x), f.y);
}
float fbm(vec2 p, float t) {
    float s = 0.0, a = 0.5;
    for (int i = 0; i < 5; i++) { s += a * vn(p + t * (0.3 + float(i) * 0.1)); p = p * 2.0 + 1.7; a *= 0.5; }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float h = fbm(uv * 1.7, iTime * 0.2);
    float bands = h * 12.0;
    float level = floor(bands) / 12.0;
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (level * 1.3 + vec3(0.6, 0.35, 0.1)));
    float line = abs(fract(bands) - 0.5);
    col *= 0.55 + 0.45 * smoothstep(0.0, 0.12, 0.5 - line);
    col = mix(col, col * 1.3, 0.5 + 0.5 * sin(iTime + h * 20.0));
    fragColor = vec4(col, 1.0);
}
