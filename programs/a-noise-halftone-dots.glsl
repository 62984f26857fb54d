/*---
title: Noise Halftone Print
author: shadertrain project
license: CC0-1.0
family: noise
tags: [halftone, fbm, print, cmy]
dialect: shadertoy
---*/
// Three rotated halftone screens (cyan, magenta, yellow) whose dot sizes follow shifted noise fields.
float hh(vec2 p) { return fract(sin(dot(p, vec2(95.43, 31.7))) * 71413.1); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
float field(vec2 p) { return 0.6 * vn(p) + 0.4 * vn(p * 2.3 + 4.0); }
float screen(vec2 uv, float ang, float amt) {
    mat2 r = mat2(cos(ang), -sin(ang), sin(ang), cos(ang));
    vec2 g = r * uv * 7.0;
    vec2 c = fract(g) - 0.5;
    return smoothstep(0.05, -0.05, length(c) - 0.62 * sqrt(amt));
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float t = iTime * 0.25;
    float c = screen(uv, 0.26, field(uv * 1.5 + vec2(t, 0.0)));
    float m = screen(uv, 1.31, field(uv * 1.5 + vec2(3.0, t)));
    float y = screen(uv, 0.0, field(uv * 1.5 - vec2(t, 7.0)));
    vec3 col = vec3(1.0, 0.98, 0.94);
    col *= 1.0 - c * vec3(0.9, 0.1, 0.0);
    col *= 1.0 - m * vec3(0.05, 0.85, 0.1);
    col *= 1.0 - y * vec3(0.0, 0.05, 0.9);
    fragColor = vec4(col, 1.0);
}
