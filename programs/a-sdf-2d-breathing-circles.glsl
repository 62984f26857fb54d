/*---
title: Breathing Circle Grid
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, circles, repetition, isolines]
dialect: shadertoy
---*/
// Repeated circles whose radii ripple outward from the centre; the distance field is shown as bands.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.2;
    vec2 id = floor(p + 0.5);
    vec2 q = p - id;
    float rad = 0.3 + 0.15 * sin(iTime * 1.5 - length(id) * 0.9);
    float d = length(q) - rad;
    vec3 inside = 0.5 + 0.5 * cos(6.2831 * (length(id) * 0.12 - iTime * 0.1 + vec3(0.0, 0.3, 0.6)));
    vec3 outside = vec3(0.95, 0.9, 0.8) - 0.25 * vec3(0.2, 0.5, 0.6) * (0.5 + 0.5 * cos(d * 40.0));
    vec3 col = d < 0.0 ? inside * (0.8 + 0.2 * cos(d * 60.0)) : outside;
    col = mix(vec3(0.1), col, smoothstep(0.0, 0.03, abs(d)));
    fragColor = vec4(col, 1.0);
}
