/*---
title: Bent Bands
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [gradient, sandbox, palette]
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif

uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;

// cosine-palette gradient bands bent by the mouse position
void main(void) {
    vec2 uv = gl_FragCoord.xy / resolution;
    vec2 mp = mouse - 0.5;
    float x = uv.x + uv.y * 0.5 + 0.3 * sin(uv.y * 4.0 + time * 0.5) + dot(uv - 0.5, mp);
    vec3 col = 0.5 + 0.5 * cos(6.2832 * (x * 1.5 + vec3(0.0, 0.2, 0.4) + time * 0.05));
    col *= 0.85 + 0.15 * sin(x * 40.0);
    gl_FragColor = vec4(col, 1.0);
}
