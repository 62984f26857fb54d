/*---
title: Spinning Rounded Tiles
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, rounded-box, rotation, grid]
dialect: shadertoy
---*/
// A grid of rounded squares, each rotating with a phase from its position, with drop shadows.
float sdRoundBox(vec2 p, vec2 b, float r) {
    vec2 q = abs(p) - b + r;
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.5;
    vec2 id = floor(p);
    vec2 q = fract(p) - 0.5;
    float a = iTime * 0.8 + (id.x + id.y) * 0.6;
    mat2 r = mat2(cos(a), -sin(a), sin(a), cos(a));
    float d = sdRoundBox(r * q, vec2(0.3), 0.08 + 0.06 * sin(iTime + id.x));
    float sh = sdRoundBox(r * (q - vec2(0.05, -0.05)), vec2(0.3), 0.1);
    vec3 bg = mix(vec3(0.98, 0.9, 0.75), vec3(0.9, 0.75, 0.85), 0.5 + 0.5 * uv.y);
    bg *= 1.0 - 0.35 * smoothstep(0.1, -0.05, sh);
    vec3 tile = 0.5 + 0.5 * cos(6.2831 * (0.15 * id.x - 0.1 * id.y + vec3(0.0, 0.33, 0.67)));
    vec3 col = mix(bg, tile, smoothstep(0.01, -0.01, d));
    col *= 1.0 - 0.25 * smoothstep(-0.08, 0.0, d) * step(d, 0.0);
    fragColor = vec4(col, 1.0);
}
