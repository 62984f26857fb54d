/*---
title: Warped Topography
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [terrain, isolines, domain-warp, hypsometric]
dialect: shadertoy
---*/
// A warped fbm height field with hypsometric tinting and contour lines every tenth of a unit.
float hh(vec2 p) { return fract(sin(dot(p, vec2(59.3, 17.1))) * 31415.9); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
float fbm(vec2 p) {
    float s = 0.0, a = 0.5;
    for (int i = 0; i < 4; i++) { s += a * vn(p); p = p * 2.0 + 13.0; a *= 0.5; }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.3 + vec2(iTime * 0.08, 0.0);
    vec2 w = vec2(fbm(p * 1.5), fbm(p * 1.5 + 3.3));
    float h = fbm(p + 1.2 * w);
    vec3 col = mix(vec3(0.15, 0.45, 0.3), vec3(0.85, 0.75, 0.4), smoothstep(0.3, 0.55, h));
    col = mix(col, vec3(0.6, 0.35, 0.25), smoothstep(0.55, 0.7, h));
    col = mix(col, vec3(1.0), smoothstep(0.7, 0.8, h));
    col = mix(vec3(0.1, 0.3, 0.65), col, smoothstep(0.27, 0.3, h));
    float c = abs(fract(h * 10.0 - iTime * 0.1) - 0.5);
    col *= 0.7 + 0.3 * smoothstep(0.0, 0.1, c);
    fragColor = vec4(col, 1.0);
}
