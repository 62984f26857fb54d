/*---
title: Contour Map
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [contours, topography, isolines]
dialect: shadertoy
---*/
// elevation from layered noise, hypsometric tints and contour lines every step
float hash(vec2 p) { return fract(sin(dot(p, vec2(12.1, 71.3))) * 8137.77); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x), mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.8 + vec2(iTime * 0.08, 0.0);
    float h = vnoise(p) * 0.55 + vnoise(p * 2.1 + 3.0) * 0.3 + vnoise(p * 4.3 + 7.0) * 0.15;
    h += 0.05 * sin(iTime * 0.5);
    float lv = h * 12.0;
    float line = abs(fract(lv) - 0.5);
    vec3 tint = h < 0.4 ? mix(vec3(0.1, 0.35, 0.65), vec3(0.5, 0.8, 0.85), h / 0.4) : mix(vec3(0.45, 0.7, 0.3), vec3(0.85, 0.6, 0.35), (h - 0.4) / 0.4);
    tint = mix(tint, vec3(0.97), smoothstep(0.75, 0.85, h));
    float major = step(0.5, fract(floor(lv) / 4.0 + 0.125)) ;
    vec3 col = mix(tint * 0.45, tint, smoothstep(0.0, 0.12 + 0.06 * major, line));
    fragColor = vec4(col, 1.0);
}
