/*---
title: Cosine Sweep
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [gradient, cosine-palette, rotation]
dialect: shadertoy
---*/
// a rotating linear gradient pushed through a slowly morphing cosine palette
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float a = iTime * 0.2;
    float x = dot(uv, vec2(cos(a), sin(a)));
    vec3 phase = vec3(0.0, 0.33, 0.67) + 0.2 * vec3(sin(iTime * 0.3), cos(iTime * 0.4), sin(iTime * 0.5));
    vec3 col = 0.5 + 0.5 * cos(6.2832 * (vec3(1.0, 1.0, 0.5) * (x * 0.6 + 0.1 * iTime) + phase));
    col = mix(col, col * col, 0.3);
    fragColor = vec4(col, 1.0);
}
