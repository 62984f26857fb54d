/*---
title: Sandbox Noise Plasma
author: shadertrain project
license: CC0-1.0
family: noise
tags: [value-noise, fbm, hsv, glslsandbox]
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif
uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;

// Value-noise fbm scrolled in two directions; the difference of two fields becomes hue.
float hash(vec2 p) { return fract(sin(dot(p, vec2(12.71, 31.13))) * 4375.853); }
float noise(vec2 p) {
    vec2 i = floor(p);
    vec2 f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x), mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
float fbm(vec2 p) {
    float s = 0.0;
    float a = 0.5;
    for (int i = 0; i < 5; i++) {
        s += a * noise(p);
        p = p * 2.07 + vec2(3.1, 1.7);
        a *= 0.5;
    }
    return s;
}
vec3 hsv(float h, float s, float v) {
    vec3 k = clamp(abs(mod(h * 6.0 + vec3(0.0, 4.0, 2.0), 6.0) - 3.0) - 1.0, 0.0, 1.0);
    return v * mix(vec3(1.0), k, s);
}
void main(void) {
    vec2 uv = (2.0 * gl_FragCoord.xy - resolution) / resolution.y;
    float a = fbm(uv * 2.0 + vec2(time * 0.3, 0.0));
    float b = fbm(uv * 2.0 + vec2(0.0, -time * 0.25) + 5.0);
    vec3 col = hsv(a - b + time * 0.03, 0.75, 0.5 + 0.7 * a);
    col = mix(col, 0.5 + 0.5 * cos(9.0 * (a - b) + vec3(0.0, 2.0, 4.0) + time * 0.2), 0.6);
    gl_FragColor = vec4(col, 1.0);
}
