/*---
title: Hex Glow
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [twigl, hexagonal, glow]
dialect: twigl-geek
---*/
precision highp float;
uniform vec2 r;
uniform vec2 m;
uniform float t;
// twigl geek mode: short uniform names r, m, t declared by the source
void main(){
    vec2 p = (gl_FragCoord.xy * 2.0 - r) / min(r.x, r.y) * 4.0;
    vec2 s = vec2(1.0, 1.7320508);
    vec2 a = mod(p, s) - s * 0.5;
    vec2 b = mod(p - s * 0.5, s) - s * 0.5;
    vec2 h = dot(a, a) < dot(b, b) ? a : b;
    vec2 id = p - h;
    vec2 q = abs(h);
    float e = 0.5 - max(dot(q, normalize(s)), q.x);
    vec3 c = 0.5 + 0.5 * cos(vec3(0.0, 1.0, 2.0) * 2.0 + id.x * 0.4 + id.y * 0.3 + t);
    c = mix(vec3(1.0, 0.9, 0.7), c, smoothstep(0.0, 0.08, e));
    gl_FragColor = vec4(c * (0.7 + 0.3 * sin(e * 20.0 - t * 3.0)), 1.0);
}
