/*---
title: Scanline Noise Ribbons
author: shadertrain project
license: CC0-1.0
family: noise
tags: [value-noise, ribbons, lines, palette]
dialect: shadertoy
---*/
// Horizontal lines displaced vertically by 1D-in-x noise, each line colour-coded, like a ridge plot.
float hh(float x) { return fract(sin(x * 127.1) * 43758.5453); }
float n1(float x) { float i = floor(x), f = fract(x); f = f * f * (3.0 - 2.0 * f); return mix(hh(i), hh(i + 1.0), f); }
float n2(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    float a = hh(i.x + i.y * 57.0), b = hh(i.x + 1.0 + i.y * 57.0);
    float c = hh(i.x + (i.y + 1.0) * 57.0), d = hh(i.x + 1.0 + (i.y + 1.0) * 57.0);
    return mix(mix(a, b, f.x), mix(c, d, f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float rows = 14.0;
    float y = uv.y * rows * 0.5;
    float row = floor(y);
    float h = n2(vec2(uv.x * 3.0 + iTime * 0.4, row * 0.7)) + 0.4 * n1(uv.x * 9.0 - iTime + row);
    float env = exp(-uv.x * uv.x * 1.2);
    float off = fract(y) - h * env * 0.9;
    vec3 band = 0.5 + 0.5 * cos(6.2831 * (row * 0.07 + vec3(0.0, 0.33, 0.67) + iTime * 0.03));
    vec3 col = mix(band * 0.35, band, smoothstep(0.0, 0.5, off));
    col += vec3(1.0) * smoothstep(0.08, 0.0, abs(off)) * 0.6;
    fragColor = vec4(col, 1.0);
}
