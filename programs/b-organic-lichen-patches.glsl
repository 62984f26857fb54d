/*---
title: Lichen Patches
author: shadertrain project
license: CC0-1.0
family: organic
tags: [lichen, noise, patches]
dialect: shadertoy
---*/
// overlapping lichen patches: several thresholded noise layers, each its own colour
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = vec3(0.45, 0.42, 0.38) + 0.1 * vnoise(uv * 20.0);
    for (int i = 0; i < 4; i++) {
        float fi = float(i);
        vec2 p = uv * (2.5 + fi) + vec2(fi * 4.1, fi * 2.7);
        float n = vnoise(p) * 0.6 + vnoise(p * 2.3) * 0.3 + vnoise(p * 5.1) * 0.1;
        float thr = 0.55 - 0.05 * sin(iTime * 0.3 + fi * 1.9);
        float m = smoothstep(thr, thr + 0.03, n);
        vec3 c = 0.5 + 0.4 * cos(vec3(0.0, 1.3, 2.6) + fi * 1.7 + 0.5);
        c *= 0.8 + 0.3 * vnoise(p * 8.0);
        col = mix(col, c, m);
        col *= 1.0 - 0.3 * smoothstep(thr - 0.02, thr, n) * (1.0 - m);
    }
    fragColor = vec4(col, 1.0);
}
