/*---
title: Billow Cloud Sky
author: shadertrain project
license: CC0-1.0
family: noise
tags: [billow, clouds, fbm, sky]
dialect: shadertoy
---*/
// Billow noise (absolute-value octaves) as puffy clouds over a shifting twilight gradient.
float hh(vec2 p) { return fract(sin(dot(p, vec2(7.31, 157.7))) * 39581.13); }
float vn(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hh(i), hh(i + vec2(1, 0)), f.x), mix(hh(i + vec2(0, 1)), hh(i + vec2(1, 1)), f.x), f.y);
}
float billow(vec2 p) {
    float s = 0.0, a = 0.5;
    for (int i = 0; i < 6; i++) { s += a * abs(2.0 * vn(p) - 1.0); p = mat2(0.8, -0.6, 0.6, 0.8) * p * 2.05; a *= 0.5; }
    return s;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float tt = 0.5 + 0.5 * sin(iTime * 0.3);
    vec3 top = mix(vec3(0.2, 0.3, 0.8), vec3(0.45, 0.2, 0.6), tt);
    vec3 bot = mix(vec3(1.0, 0.6, 0.4), vec3(1.0, 0.8, 0.5), tt);
    vec3 sky = mix(bot, top, smoothstep(-1.0, 1.0, uv.y));
    float b = billow(uv * 1.6 + vec2(iTime * 0.12, 0.0));
    float cloud = smoothstep(0.25, 0.75, b + 0.15 * uv.y);
    vec3 ccol = mix(vec3(1.0, 0.85, 0.9), vec3(0.55, 0.5, 0.7), b);
    vec3 col = mix(sky, ccol, cloud * 0.85);
    fragColor = vec4(col, 1.0);
}
