/*---
title: Turing Spots
author: shadertrain project
license: CC0-1.0
family: organic
tags: [reaction-diffusion, spots, skin]
dialect: shadertoy
---*/
// band-pass noise thresholded into Turing-like spots that slowly shift
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0;
    float t = iTime * 0.15;
    float fine = vnoise(p * 1.7 + t) * 0.5 + vnoise(p * 3.4 - t) * 0.25;
    float coarse = vnoise(p * 0.5 + 3.0 + t * 0.5);
    float bp = fine - 0.4 * coarse;
    float spots = smoothstep(0.3, 0.34, bp);
    vec3 skin = mix(vec3(0.95, 0.75, 0.4), vec3(0.85, 0.45, 0.25), coarse);
    vec3 spot = mix(vec3(0.25, 0.1, 0.05), vec3(0.4, 0.15, 0.35), fine);
    vec3 col = mix(skin, spot, spots);
    col *= 0.85 + 0.15 * smoothstep(0.22, 0.3, bp);
    fragColor = vec4(col, 1.0);
}
