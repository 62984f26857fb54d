/*---
title: Three Emitters
author: shadertrain project
license: CC0-1.0
family: waves
tags: [interference, sandbox, waves]
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif

uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;

// wave interference of three drifting emitters
void main(void) {
    vec2 p = (gl_FragCoord.xy * 2.0 - resolution) / resolution.y;
    float s = 0.0;
    for (int i = 0; i < 3; i++) {
        float fi = float(i);
        vec2 c = vec2(0.7 * sin(time * 0.3 + fi * 2.1), 0.6 * cos(time * 0.4 + fi * 1.3));
        s += sin(length(p - c) * 22.0 - time * 3.0);
    }
    vec3 col = mix(vec3(0.1, 0.2, 0.5), vec3(1.0, 0.7, 0.3), 0.5 + 0.17 * s);
    col += 0.2 * vec3(0.5, 0.2, 0.6) * cos(s);
    gl_FragColor = vec4(col, 1.0);
}
