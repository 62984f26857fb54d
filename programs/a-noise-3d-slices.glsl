/*---
title: Three Slice RGB Noise
author: shadertrain project
license: CC0-1.0
family: noise
tags: [3d-noise, value-noise, rgb, slices]
dialect: shadertoy
---*/
// A 3D value noise sliced at three depths, one per colour channel, moving through z with time.
float h3(vec3 p) { p = fract(p * 0.3183099 + 0.1); p *= 17.0; return fract(p.x * p.y * p.z * (p.x + p.y + p.z)); }
float n3(vec3 x) {
    vec3 i = floor(x), f = fract(x);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(mix(h3(i), h3(i + vec3(1, 0, 0)), f.x), mix(h3(i + vec3(0, 1, 0)), h3(i + vec3(1, 1, 0)), f.x), f.y),
               mix(mix(h3(i + vec3(0, 0, 1)), h3(i + vec3(1, 0, 1)), f.x), mix(h3(i + vec3(0, 1, 1)), h3(i + vec3(1, 1, 1)), f.x), f.y), f.z);
}
float f3(vec3 p) { return 0.55 * n3(p) + 0.3 * n3(p * 2.1) + 0.15 * n3(p * 4.3); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 p = vec3(uv * 2.2, iTime * 0.35);
    vec3 col = vec3(f3(p), f3(p + vec3(0.0, 0.0, 0.6)), f3(p + vec3(0.0, 0.0, 1.2)));
    col = smoothstep(0.2, 0.8, col);
    col = 0.15 + 0.85 * col;
    fragColor = vec4(col, 1.0);
}
