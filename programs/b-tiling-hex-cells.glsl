/*---
title: Hex Cell Pulse
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [hexagonal, grid, cells]
dialect: shadertoy
---*/
// hexagon grid; each cell pulses with a phase from its distance to a moving centre
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 4.0;
    vec2 s = vec2(1.0, 1.7320508);
    vec2 a = mod(p, s) - 0.5 * s;
    vec2 b = mod(p - 0.5 * s, s) - 0.5 * s;
    vec2 h = dot(a, a) < dot(b, b) ? a : b;
    vec2 id = p - h;
    vec2 ah = abs(h);
    float hd = max(dot(ah, normalize(s)), ah.x);
    vec2 ctr = 2.0 * vec2(cos(iTime * 0.3), sin(iTime * 0.4));
    float ph = length(id - ctr) * 0.8 - iTime * 2.0;
    float size = 0.32 + 0.12 * sin(ph);
    vec3 col = 0.5 + 0.5 * cos(vec3(0.0, 0.8, 1.6) * 2.0 + ph * 0.5 + id.x * 0.3);
    vec3 rim = vec3(0.08, 0.1, 0.18) + 0.2 * (0.5 + 0.5 * cos(vec3(3.0, 2.0, 1.0) + id.y));
    col = mix(rim, col, smoothstep(size + 0.03, size, hd));
    col += 0.25 * smoothstep(0.03, 0.0, abs(hd - size - 0.06));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
