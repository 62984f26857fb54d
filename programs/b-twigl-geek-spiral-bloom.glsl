/*---
title: Spiral Bloom
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [twigl, spiral, polar]
dialect: twigl-geek
---*/
precision highp float;
uniform vec2 r;
uniform vec2 m;
uniform float t;
uniform float f;
// twigl geek mode with the frame counter f declared as well (unused values stay harmless)
void main(){
    vec2 p = (gl_FragCoord.xy * 2.0 - r) / min(r.x, r.y);
    float l = length(p);
    float a = atan(p.y, p.x);
    float s = sin(a * 7.0 + log(l + 0.01) * 6.0 - t * 2.0);
    vec3 c = 0.5 + 0.5 * cos(vec3(3.0, 1.5, 0.0) + s + l * 4.0 - t * 0.5);
    c *= 0.6 + 0.4 * smoothstep(-0.5, 0.5, s);
    gl_FragColor = vec4(c, 1.0);
}
