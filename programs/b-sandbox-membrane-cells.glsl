/*---
title: Membrane Cells
author: shadertrain project
license: CC0-1.0
family: organic
tags: [cells, sandbox, voronoi]
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif

uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;

// cells with bright membranes; a second-nearest-distance voronoi in ES 1.00
// small-magnitude hash so it stays random under mediump precision
vec2 hash2(vec2 q) { return fract(vec2(sin(q.x * 1.93 + q.y * 3.71), sin(q.x * 4.37 - q.y * 1.29 + 0.5)) * 7.31); }
void main(void) {
    vec2 p = (gl_FragCoord.xy * 2.0 - resolution) / resolution.y * 3.0;
    vec2 g = floor(p);
    vec2 f = fract(p);
    float d1 = 8.0;
    float d2 = 8.0;
    vec2 best = vec2(0.0);
    for (int j = -1; j <= 1; j++) {
        for (int i = -1; i <= 1; i++) {
            vec2 o = vec2(float(i), float(j));
            vec2 h = hash2(g + o);
            float d = length(o + 0.5 + 0.4 * sin(time * 0.8 + 6.2832 * h) - f);
            if (d < d1) { d2 = d1; d1 = d; best = h; } else if (d < d2) { d2 = d; }
        }
    }
    vec3 cell = 0.5 + 0.4 * cos(vec3(0.0, 1.0, 2.0) + best.x * 6.0);
    vec3 col = mix(vec3(1.0, 0.9, 0.6), cell * (1.0 - 0.5 * d1), smoothstep(0.03, 0.08, d2 - d1));
    gl_FragColor = vec4(col, 1.0);
}
