/*---
title: Curl Direction Streaks
author: shadertrain project
license: CC0-1.0
family: noise
tags: [curl, flow, direction, hsv]
dialect: shadertoy
---*/
// Curl of a noise potential: its direction becomes hue, its speed brightness, plus fine streak lines.
float hh(vec2 p) { return fract(sin(dot(p, vec2(419.2, 371.9))) * 833.458); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
float pot(vec2 p, float t) { return vn(p + t) + 0.5 * vn(p * 2.0 - t); }
vec3 hsv2rgb(vec3 c) {
    vec3 k = clamp(abs(mod(c.x * 6.0 + vec3(0.0, 4.0, 2.0), 6.0) - 3.0) - 1.0, 0.0, 1.0);
    return c.z * mix(vec3(1.0), k, c.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.5;
    float t = iTime * 0.2;
    float e = 0.05;
    float dx = pot(p + vec2(e, 0.0), t) - pot(p - vec2(e, 0.0), t);
    float dy = pot(p + vec2(0.0, e), t) - pot(p - vec2(0.0, e), t);
    vec2 v = vec2(dy, -dx) / (2.0 * e);
    float ang = atan(v.y, v.x) / 6.2831 + 0.5;
    float spd = length(v);
    vec2 perp = vec2(-v.y, v.x) / (spd + 1e-4);
    float streak = 0.5 + 0.5 * sin(dot(uv, perp) * 60.0 + iTime);
    vec3 col = hsv2rgb(vec3(ang, 0.75, 0.35 + 0.5 * clamp(spd * 0.5, 0.0, 1.0)));
    col *= 0.75 + 0.35 * streak;
    fragColor = vec4(col, 1.0);
}
