/*---
title: Hex Mirror Chamber
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, hexagonal, p6m]
dialect: shadertoy
---*/
// hexagonal cells with twelve-fold (dihedral) mirror inside each cell
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.5 + vec2(0.2 * iTime, 0.0);
    vec2 s = vec2(1.0, 1.7320508);
    vec2 a = mod(p, s) - 0.5 * s;
    vec2 b = mod(p - 0.5 * s, s) - 0.5 * s;
    vec2 h = dot(a, a) < dot(b, b) ? a : b;
    vec2 id = p - h;
    float ang = atan(h.y, h.x);
    float r = length(h);
    float sec = 6.2832 / 12.0;
    ang = abs(mod(ang, sec) - 0.5 * sec);
    vec2 q = r * vec2(cos(ang), sin(ang));
    float ph = dot(id, vec2(0.37, 0.61));
    float w = sin(30.0 * q.y + 6.0 * sin(iTime + ph * 3.0)) * cos(12.0 * q.x - iTime * 2.0);
    vec3 col = 0.55 + 0.45 * cos(vec3(4.0, 2.0, 0.5) + 5.0 * r + 2.0 * w + ph + iTime * 0.4);
    col *= 0.7 + 0.3 * smoothstep(0.5, 0.3, r);
    fragColor = vec4(col, 1.0);
}
