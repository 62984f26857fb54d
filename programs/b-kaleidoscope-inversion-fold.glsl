/*---
title: Inversion Fold
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, inversion, polar]
dialect: shadertoy
---*/
// circle inversion followed by a seven-sector mirror and a checker of the inverted plane
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = 0.3 * vec2(cos(iTime * 0.4), sin(iTime * 0.5));
    vec2 d = uv - c;
    vec2 p = d / max(dot(d, d), 0.02);
    float r = length(p);
    float a = atan(p.y, p.x);
    float sec = 6.2832 / 7.0;
    a = abs(mod(a + iTime * 0.1, sec) - 0.5 * sec);
    p = r * vec2(cos(a), sin(a));
    vec2 g = p * 1.5 + vec2(iTime * 0.5, 0.0);
    float chk = mod(floor(g.x) + floor(g.y), 2.0);
    vec2 f = fract(g) - 0.5;
    float dot_ = smoothstep(0.3, 0.25, length(f));
    vec3 col = mix(vec3(0.12, 0.3, 0.55), vec3(0.95, 0.8, 0.3), chk);
    col = mix(col, 0.5 + 0.5 * cos(vec3(0.0, 2.1, 4.2) + r * 0.5 + iTime), dot_);
    col *= 0.6 + 0.4 * smoothstep(0.0, 0.6, length(d));
    col += 0.25 * (0.5 + 0.5 * cos(vec3(1.0, 2.0, 3.0) + length(uv) * 3.0));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
