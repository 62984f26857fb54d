/*---
title: Tinted Noise Bands
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [bands, noise, tint]
dialect: shadertoy
---*/
// horizontal colour bands whose boundaries wander with noise; each band tinted separately
float hash(float n) { return fract(sin(n * 91.37) * 3758.5); }
float n1(float x) { float i = floor(x), f = fract(x); f = f * f * (3.0 - 2.0 * f); return mix(hash(i), hash(i + 1.0), f); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float y = uv.y * 3.0 + 0.6 * n1(uv.x * 2.0 + iTime * 0.3) + 0.25 * n1(uv.x * 6.0 - iTime * 0.5);
    float id = floor(y);
    float f = fract(y);
    vec3 col = 0.55 + 0.4 * cos(vec3(0.0, 1.7, 3.1) + id * 1.9 + hash(id) * 2.0);
    col *= 0.8 + 0.2 * f;
    col = mix(col, col.gbr, 0.2 * sin(uv.x * 3.0 + iTime + id));
    fragColor = vec4(col, 1.0);
}
