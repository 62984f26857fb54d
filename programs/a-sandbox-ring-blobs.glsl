/*---
title: Sandbox Ring Blobs
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, rings, smooth-min, glslsandbox]
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif
uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;

// Annular rings merged by smooth minimum, drifting on circles; inside and outside coloured separately.
float smin(float a, float b, float k) {
    float h = clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0);
    return mix(b, a, h) - k * h * (1.0 - h);
}
void main(void) {
    vec2 uv = (2.0 * gl_FragCoord.xy - resolution) / resolution.y;
    float d = 10.0;
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        vec2 c = 0.7 * vec2(cos(time * 0.4 + fi * 1.256), sin(time * 0.55 + fi * 2.1));
        float ring = abs(length(uv - c) - 0.3) - 0.07;
        d = smin(d, ring, 0.2);
    }
    vec3 inner = mix(vec3(0.1, 0.8, 0.7), vec3(0.95, 0.9, 0.3), clamp(-d * 8.0, 0.0, 1.0));
    vec3 outer = mix(vec3(0.35, 0.15, 0.5), vec3(0.95, 0.45, 0.4), 0.5 + 0.5 * cos(d * 30.0 - time * 2.0));
    vec3 col = d < 0.0 ? inner : outer * (1.0 - 0.4 * clamp(d, 0.0, 1.0));
    gl_FragColor = vec4(col, 1.0);
}
