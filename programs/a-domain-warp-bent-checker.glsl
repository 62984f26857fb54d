/*---
title: Bent Checkerboard
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [checker, domain-warp, distortion, two-tone]
dialect: shadertoy
---*/
// A checkerboard seen through a breathing noise displacement; colours drift around the hue circle.
float hh(vec2 p) { return fract(sin(dot(p, vec2(71.3, 13.9))) * 51413.7); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float amp = 0.6 + 0.4 * sin(iTime * 0.7);
    vec2 d = vec2(vn(uv * 2.0 + iTime * 0.3), vn(uv * 2.0 + 9.0 - iTime * 0.25)) - 0.5;
    vec2 p = uv * 4.0 + d * 3.0 * amp;
    vec2 c = floor(p);
    float ch = mod(c.x + c.y, 2.0);
    vec2 f = fract(p) - 0.5;
    float edge = smoothstep(0.5, 0.42, max(abs(f.x), abs(f.y)));
    vec3 a = 0.5 + 0.5 * cos(6.2831 * (iTime * 0.05 + vec3(0.0, 0.33, 0.67)));
    vec3 b = 0.5 + 0.5 * cos(6.2831 * (iTime * 0.05 + 0.5 + vec3(0.0, 0.33, 0.67)));
    vec3 col = mix(a, b, ch) * (0.7 + 0.3 * edge);
    fragColor = vec4(col, 1.0);
}
