/*---
title: Galaxy Dust
author: shadertrain project
license: CC0-1.0
family: flow
tags: [spiral, galaxy, particles]
dialect: shadertoy
---*/
// star dust on logarithmic spiral arms with differential rotation and a warm core
float hash(vec2 p) { return fract(sin(dot(p, vec2(7.7, 113.3))) * 12345.6); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv) + 1e-3;
    float a = atan(uv.y, uv.x);
    float spin = a + iTime * 0.3 / (0.3 + r);
    float arm = cos(2.0 * (spin - log(r) * 2.5));
    float armMask = smoothstep(0.2, 1.0, arm);
    vec2 sp = vec2(spin * 8.0, log(r) * 12.0);
    float star = step(0.93, hash(floor(sp))) * smoothstep(0.5, 0.0, length(fract(sp) - 0.5));
    vec3 col = mix(vec3(0.05, 0.05, 0.2), vec3(0.3, 0.35, 0.8), armMask * exp(-r * 0.8));
    col += vec3(0.9, 0.5, 0.8) * armMask * 0.4 * exp(-r * 1.5);
    col += vec3(1.0, 0.85, 0.5) * exp(-r * 5.0);
    col += star * (0.5 + armMask);
    col += 0.12 * vec3(0.2, 0.1, 0.35);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
