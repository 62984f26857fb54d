/*---
title: Noise Lava
author: shadertrain project
license: CC0-1.0
family: flow
tags: [twigl, fbm, lava]
dialect: twigl-geeker
---*/
// twigl geeker mode: twigl prepends precision and uniforms r, m, t, f, s, b; the source keeps void main
float h(vec2 q){return fract(sin(dot(q, vec2(12.9, 78.2))) * 43758.5);}
float n(vec2 q){vec2 i = floor(q), e = fract(q); e = e * e * (3.0 - 2.0 * e); return mix(mix(h(i), h(i + vec2(1.0, 0.0)), e.x), mix(h(i + vec2(0.0, 1.0)), h(i + vec2(1.0, 1.0)), e.x), e.y);}
void main(){
    vec2 p = (gl_FragCoord.xy * 2.0 - r) / min(r.x, r.y) * 2.0;
    float v = 0.0;
    float w = 0.5;
    for (int i = 0; i < 5; i++) {
        v += w * n(p + vec2(0.0, t * 0.3) + v * 1.5);
        p *= 2.0;
        w *= 0.5;
    }
    vec3 c = mix(vec3(0.25, 0.02, 0.05), vec3(1.0, 0.45, 0.05), smoothstep(0.3, 0.7, v));
    c = mix(c, vec3(1.0, 0.95, 0.6), smoothstep(0.65, 0.85, v));
    gl_FragColor = vec4(c, 1.0);
}
