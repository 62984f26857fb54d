/*---
title: Wave Folds
author: shadertrain project
license: CC0-1.0
family: waves
tags: [twigl, waves, fold]
dialect: twigl-classic
---*/
precision highp float;
uniform vec2 resolution;
uniform vec2 mouse;
uniform float time;
// twigl classic mode: the source declares its own precision and uniforms
void main(){
    vec2 p = (gl_FragCoord.xy * 2.0 - resolution) / min(resolution.x, resolution.y);
    for (int i = 0; i < 5; i++) {
        p = abs(p) - 0.4;
        p += 0.15 * vec2(sin(p.y * 4.0 + time), cos(p.x * 3.0 - time * 0.7));
    }
    float v = sin(p.x * 6.0) * cos(p.y * 6.0);
    vec3 c = 0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + v * 2.0 + length(p) * 3.0 + time * 0.3);
    gl_FragColor = vec4(c, 1.0);
}
