/*---
title: Sunburst Rays
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [rays, rings, radial]
dialect: shadertoy
---*/
// alternating radial rays interrupted by rings, each ring rotating at its own speed
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x);
    float ring = floor(r * 4.0);
    float rot = iTime * 0.2 * (ring + 1.0) * (mod(ring, 2.0) * 2.0 - 1.0);
    float rays = step(0.5, fract((a + rot) / 6.2832 * (12.0 + ring * 6.0)));
    float gap = smoothstep(0.0, 0.04, abs(fract(r * 4.0) - 0.5) - 0.42);
    vec3 c1 = 0.5 + 0.5 * cos(vec3(0.0, 0.8, 1.6) + ring * 0.9);
    vec3 c2 = vec3(0.98, 0.95, 0.85);
    vec3 col = mix(c2, c1, rays);
    col = mix(col, vec3(0.1, 0.1, 0.2), gap);
    fragColor = vec4(col, 1.0);
}
