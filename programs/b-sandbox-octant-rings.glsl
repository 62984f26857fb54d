/*---
title: Octant Rings
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, sandbox, rings]
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif

uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;

// ring pattern folded eight ways; GLSL Sandbox conventions
void main(void) {
    vec2 p = (gl_FragCoord.xy * 2.0 - resolution) / min(resolution.x, resolution.y);
    float r = length(p);
    float a = atan(p.y, p.x) + time * 0.1;
    float sec = 6.2832 / 8.0;
    a = abs(mod(a, sec) - 0.5 * sec);
    vec2 q = r * vec2(cos(a), sin(a));
    float v = sin(q.x * 12.0 - time * 2.0) + sin(q.y * 20.0 + time) + sin(r * 10.0 - time);
    vec3 col = 0.5 + 0.5 * cos(vec3(0.3, 1.8, 3.6) + v * 0.9 + r * 2.0);
    gl_FragColor = vec4(col, 1.0);
}
