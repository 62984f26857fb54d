/*---
title: Sandbox Warped Waves
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [sine-warp, waves, iteration, glslsandbox]
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif
uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;

// Five rounds of cross-coupled sine displacement, then banded by the warped radius.
void main(void) {
    vec2 uv = (2.0 * gl_FragCoord.xy - resolution) / resolution.y;
    vec2 p = uv * 1.5;
    for (int i = 1; i < 6; i++) {
        float fi = float(i);
        p += vec2(0.4 / fi * sin(fi * p.y * 1.5 + time * 0.6), 0.4 / fi * cos(fi * p.x * 1.3 - time * 0.5));
    }
    float r = length(p);
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (r * 0.5 + vec3(0.0, 0.2, 0.5)) + p.x);
    col *= 0.75 + 0.25 * sin(r * 12.0);
    gl_FragColor = vec4(col, 1.0);
}
