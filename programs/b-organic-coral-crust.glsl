/*---
title: Coral Crust
author: shadertrain project
license: CC0-1.0
family: organic
tags: [coral, ridged, growth]
dialect: shadertoy
---*/
// ridged noise grown outward from the centre like a branching coral crust
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x),
               mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
float ridged(vec2 p) {
    float s = 0.0, a = 0.5;
    for (int i = 0; i < 5; i++) { s += a * (1.0 - abs(2.0 * vnoise(p) - 1.0)); p = p * 2.1 + 3.3; a *= 0.5; }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x);
    vec2 pp = vec2(a * 3.0, r * 4.0 - iTime * 0.3);
    float ridge = ridged(uv * 3.0 + vec2(0.0, -iTime * 0.1));
    float grow = ridged(pp * 0.7);
    float v = pow(ridge, 3.0) * 1.5 + 0.3 * grow;
    vec3 col = mix(vec3(0.05, 0.25, 0.4), vec3(0.95, 0.45, 0.4), smoothstep(0.3, 0.7, v));
    col = mix(col, vec3(1.0, 0.85, 0.7), smoothstep(0.7, 0.95, v));
    col *= 0.8 + 0.2 * cos(r * 6.0 - iTime);
    fragColor = vec4(col, 1.0);
}
