/*---
title: Surface Truchet
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [truchet, sandbox, surface]
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif

uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;
varying vec2 surfacePosition;

// truchet arcs laid over the sandbox surface coordinates (pan and zoom follow the surface)
// small-magnitude hash so it stays random under mediump precision
float hash(vec2 q) { return fract(sin(q.x * 2.17 + q.y * 3.61) * 5.93 + sin(q.x * 0.71 - q.y * 1.37) * 3.11); }
void main(void) {
    vec2 p = surfacePosition * 4.0 + vec2(time * 0.2, 0.0);
    vec2 id = floor(p);
    vec2 f = fract(p) - 0.5;
    if (hash(id) > 0.5) f.x = -f.x;
    vec2 c = (f.x + f.y > 0.0) ? vec2(0.5) : vec2(-0.5);
    float d = abs(length(f - c) - 0.5);
    float band = smoothstep(0.15, 0.1, d);
    vec3 bg = vec3(0.95, 0.85, 0.6) - 0.2 * hash(id + 3.0);
    vec3 fg = 0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + hash(id) * 5.0 + time * 0.5);
    gl_FragColor = vec4(mix(bg, fg, band), 1.0);
}
