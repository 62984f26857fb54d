/*---
title: Smooth Union Metaballs
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, smooth-min, metaballs, blobs]
dialect: shadertoy
---*/
// Seven circles on Lissajous paths merged with a polynomial smooth-min; interior and exterior banded.
float smin(float a, float b, float k) {
    float h = clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0);
    return mix(b, a, h) - k * h * (1.0 - h);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float d = 1e3;
    for (int i = 0; i < 7; i++) {
        float fi = float(i);
        vec2 c = vec2(sin(iTime * (0.4 + 0.1 * fi) + fi * 1.9), cos(iTime * (0.3 + 0.07 * fi) + fi * 2.7)) * vec2(1.2, 0.75);
        d = smin(d, length(uv - c) - (0.18 + 0.05 * fi), 0.35);
    }
    vec3 inner = mix(vec3(1.0, 0.35, 0.45), vec3(1.0, 0.85, 0.3), clamp(-d * 3.0, 0.0, 1.0));
    vec3 outer = mix(vec3(0.15, 0.2, 0.5), vec3(0.2, 0.55, 0.7), 0.5 + 0.5 * sin(d * 25.0 - iTime * 2.0));
    vec3 col = d < 0.0 ? inner : outer * (1.0 - 0.3 * clamp(d, 0.0, 1.0));
    col = mix(vec3(1.0), col, smoothstep(0.0, 0.025, abs(d)));
    fragColor = vec4(col, 1.0);
}
