/*---
title: Rhombille Cubes
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [rhombille, isometric, illusion]
dialect: shadertoy
---*/
// three rhombi per hexagon give the stacked-cube illusion; face colours shift with time
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0 + vec2(0.0, iTime * 0.3);
    vec2 s = vec2(1.0, 1.7320508);
    vec2 a = mod(p, s) - 0.5 * s;
    vec2 b = mod(p - 0.5 * s, s) - 0.5 * s;
    vec2 h = dot(a, a) < dot(b, b) ? a : b;
    vec2 id = p - h;
    float ang = atan(h.y, h.x);
    float face = floor(mod(ang + 3.14159 / 2.0 + 6.2832, 6.2832) / 2.0944);
    float shade = face == 0.0 ? 1.0 : (face == 1.0 ? 0.65 : 0.4);
    vec3 base = 0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + dot(id, vec2(0.5, 0.3)) + iTime * 0.2);
    vec3 col = base * shade + 0.1;
    float edge = abs(fract((ang + 1.5708) / 2.0944 + 0.5) - 0.5) * length(h);
    col *= 0.7 + 0.3 * smoothstep(0.0, 0.03, edge);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
