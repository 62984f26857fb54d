/*---
title: Dendrite Crystal
author: shadertrain project
license: CC0-1.0
family: organic
tags: [dendrite, branching, crystal]
dialect: shadertoy
---*/
// dendrite crystal: angular noise decides where radial branches extend
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x);
    float sec = 6.2832 / 6.0;
    float fa = abs(mod(a, sec) - 0.5 * sec);
    float trunk = fa * r;
    float side = abs(fract(r * 6.0 - fa * 4.0) - 0.5) / 6.0;
    float reach = 0.6 + 0.35 * sin(iTime * 0.4) + 0.2 * vnoise(vec2(floor(a / sec) * 3.0, iTime * 0.2));
    float branchLen = vnoise(vec2(floor(r * 6.0 - fa * 4.0), floor(a / sec) * 7.0)) * 0.25;
    float d = min(trunk, fa * r < branchLen ? side : 1.0);
    d = max(d, r - reach);
    vec3 bg = mix(vec3(0.1, 0.25, 0.45), vec3(0.35, 0.15, 0.45), 0.5 + 0.5 * sin(r * 3.0 - iTime * 0.3));
    vec3 ice = 0.75 + 0.25 * cos(vec3(0.0, 1.0, 2.0) + r * 4.0);
    vec3 col = mix(bg, ice, smoothstep(0.035, 0.01, d));
    col += 0.3 * vec3(0.6, 0.8, 1.0) * exp(-d * 25.0);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
