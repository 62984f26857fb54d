/*---
title: HSV Wheel Drift
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [hsv, wheel, hue]
dialect: shadertoy
---*/
// hue by angle, saturation by radius, value pulsing in rings; the wheel turns
vec3 hsv(float h, float s, float v) {
    vec3 k = clamp(abs(mod(h * 6.0 + vec3(0.0, 4.0, 2.0), 6.0) - 3.0) - 1.0, 0.0, 1.0);
    return v * mix(vec3(1.0), k, s);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = 0.3 * vec2(sin(iTime * 0.3), cos(iTime * 0.2));
    vec2 d = uv - c;
    float h = atan(d.y, d.x) / 6.2832 + 0.1 * iTime;
    float r = length(d);
    float s = clamp(r * 1.1, 0.0, 1.0);
    float v = 0.8 + 0.2 * sin(r * 10.0 - iTime * 2.0);
    fragColor = vec4(hsv(h, s, v), 1.0);
}
