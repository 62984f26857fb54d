/*---
title: Posterized Dusk
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [posterize, bands, sunset]
dialect: shadertoy
---*/
// a sunset gradient with a sun disc, quantised into flat bands that shimmer
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 sun = vec2(0.2 * sin(iTime * 0.2), -0.1 + 0.15 * sin(iTime * 0.15));
    float g = uv.y * 0.5 + 0.5 + 0.35 * exp(-2.0 * length(uv - sun)) ;
    g += 0.04 * sin(uv.x * 8.0 + iTime * 1.5) * (1.0 - g);
    float q = floor(g * 8.0) / 8.0;
    vec3 lo = vec3(0.95, 0.35, 0.15);
    vec3 mid = vec3(0.85, 0.2, 0.45);
    vec3 hi = vec3(0.2, 0.15, 0.5);
    vec3 col = q < 0.5 ? mix(vec3(1.0, 0.85, 0.3), lo, q * 2.0) : mix(mid, hi, (q - 0.5) * 2.0);
    col = mix(col, vec3(1.0, 0.95, 0.7), smoothstep(0.26, 0.24, length(uv - sun)));
    fragColor = vec4(col, 1.0);
}
