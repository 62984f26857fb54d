/*---
title: Curl Advection
author: shadertrain project
license: CC0-1.0
family: flow
tags: [curl-noise, advection, flow-field]
dialect: shadertoy
---*/
// coordinates traced backwards through a curl-noise velocity field; colour by where they started
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
vec2 curl(vec2 p) {
    float e = 0.05;
    float n1 = vnoise(p + vec2(0.0, e)), n2 = vnoise(p - vec2(0.0, e));
    float n3 = vnoise(p + vec2(e, 0.0)), n4 = vnoise(p - vec2(e, 0.0));
    return vec2(n1 - n2, -(n3 - n4)) / (2.0 * e);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.5;
    for (int i = 0; i < 10; i++) p -= 0.06 * curl(p * 1.2 + iTime * 0.05);
    float stripes = sin(p.x * 8.0 + iTime * 0.5) * sin(p.y * 6.0);
    vec3 col = 0.5 + 0.5 * cos(vec3(0.0, 1.3, 2.6) + p.x * 1.5 + p.y + stripes);
    col *= 0.8 + 0.2 * stripes;
    fragColor = vec4(col, 1.0);
}
