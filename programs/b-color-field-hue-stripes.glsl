/*---
title: Hue Step Stripes
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [stripes, hue, diagonal]
dialect: shadertoy
---*/
// diagonal stripes, each stripe a hue step further, widths modulated by a slow wave
vec3 hsv(float h, float s, float v) {
    vec3 k = clamp(abs(mod(h * 6.0 + vec3(0.0, 4.0, 2.0), 6.0) - 3.0) - 1.0, 0.0, 1.0);
    return v * mix(vec3(1.0), k, s);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float x = (uv.x + uv.y) * 3.0 + 0.5 * sin(uv.x - uv.y + iTime * 0.5) + iTime * 0.4;
    float id = floor(x);
    float f = fract(x);
    vec3 col = hsv(id * 0.085 + 0.02 * iTime, 0.7, 0.95);
    col *= 0.85 + 0.15 * smoothstep(0.0, 0.15, f) * smoothstep(1.0, 0.85, f);
    col = mix(col, hsv(id * 0.085 + 0.5, 0.5, 1.0), 0.25 * smoothstep(0.4, 0.5, f) * smoothstep(0.6, 0.5, f));
    fragColor = vec4(col, 1.0);
}
