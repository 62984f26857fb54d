/*---
title: Line Weave
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [twigl, lines, weave]
dialect: twigl-geeker
---*/
// twigl geeker mode: no declarations in the source, just functions and void main using r and t
void main(){
    vec2 p = (gl_FragCoord.xy * 2.0 - r) / min(r.x, r.y);
    float a = sin(p.x * 5.0 + t) * 0.3;
    float b = cos(p.y * 4.0 - t * 0.8) * 0.3;
    float l1 = abs(fract((p.y + a) * 4.0) - 0.5);
    float l2 = abs(fract((p.x + b) * 4.0) - 0.5);
    vec3 c = vec3(0.95, 0.92, 0.85);
    c = mix(c, vec3(0.85, 0.25, 0.3), smoothstep(0.12, 0.06, l1));
    c = mix(c, vec3(0.2, 0.4, 0.8), smoothstep(0.12, 0.06, l2) * step(0.5, fract((p.y + a) * 2.0 + 0.25)));
    gl_FragColor = vec4(c, 1.0);
}
