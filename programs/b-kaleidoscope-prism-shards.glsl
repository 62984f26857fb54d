/*---
title: Prism Shards
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, shards, hsv]
dialect: shadertoy
---*/
// a folded field of moving planes sliced into shards and tinted by HSV hue
vec3 hsv(float h, float s, float v) {
    vec3 k = clamp(abs(mod(h * 6.0 + vec3(0.0, 4.0, 2.0), 6.0) - 3.0) - 1.0, 0.0, 1.0);
    return v * mix(vec3(1.0), k, s);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x);
    float sec = 6.2832 / 10.0;
    a = abs(mod(a, sec) - 0.5 * sec);
    vec2 p = r * vec2(cos(a), sin(a));
    float id = 0.0;
    float edge = 1.0;
    for (int i = 0; i < 3; i++) {
        float fi = float(i);
        float ang = fi * 2.0944 + 0.3 + iTime * 0.05 * (fi + 1.0);
        vec2 n = vec2(cos(ang), sin(ang));
        float x = dot(p, n) * 3.5 + 0.4 * sin(iTime * 0.4 + fi * 1.7);
        id += floor(x) * (fi * 3.7 + 1.3);
        edge = min(edge, abs(fract(x) - 0.5));
    }
    float h = fract(id * 0.137 + 0.05 * iTime);
    vec3 col = hsv(h, 0.75, 0.95);
    col *= 0.75 + 0.25 * cos(r * 8.0 - iTime);
    col *= 0.55 + 0.45 * smoothstep(0.5, 0.42, 0.5 - edge);
    fragColor = vec4(col, 1.0);
}
