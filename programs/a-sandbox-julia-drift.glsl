/*---
title: Sandbox Julia Drift
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [julia, escape-time, drift, glslsandbox]
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif
uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;

// A Julia set whose parameter drifts along a small ellipse near the period-3 bulb.
void main(void) {
    vec2 uv = (2.0 * gl_FragCoord.xy - resolution) / resolution.y;
    vec2 c = vec2(-0.12, 0.75) + vec2(0.05 * cos(time * 0.3), 0.04 * sin(time * 0.37));
    vec2 z = uv * 1.4;
    float n = 0.0;
    for (int i = 0; i < 48; i++) {
        z = vec2(z.x * z.x - z.y * z.y, 2.0 * z.x * z.y) + c;
        if (dot(z, z) > 16.0) break;
        n += 1.0;
    }
    float s = n / 48.0;
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (sqrt(s) + vec3(0.1, 0.25, 0.45)) + time * 0.2);
    if (n > 47.0) col = vec3(0.15, 0.35, 0.3);
    gl_FragColor = vec4(col, 1.0);
}
