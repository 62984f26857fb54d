/*---
title: Quasicrystal Rosette
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [quasi-periodic, interference, fivefold]
dialect: shadertoy
---*/
// sum of plane waves in seven directions gives a quasi-periodic tiling, thresholded into tiles
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 9.0;
    float s = 0.0;
    for (int i = 0; i < 7; i++) {
        float a = float(i) * 3.14159 / 7.0;
        s += cos(dot(p, vec2(cos(a), sin(a))) + iTime * (0.5 + 0.1 * float(i)));
    }
    s /= 7.0;
    float bands = floor((s + 1.0) * 4.0);
    vec3 col = 0.5 + 0.5 * cos(vec3(0.9, 0.3, 0.0) * 4.0 + bands * 0.8 + iTime * 0.1);
    col = mix(col, col * 0.4, smoothstep(0.9, 1.0, fract((s + 1.0) * 4.0)));
    fragColor = vec4(col, 1.0);
}
