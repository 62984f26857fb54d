/*---
title: Polar Petal Flowers
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, polar, flower, repetition]
dialect: shadertoy
---*/
// Repeated flowers whose radius is modulated by cos(k*angle); petal count and twist vary per cell.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.6 + vec2(0.0, iTime * 0.15);
    vec2 id = floor(p);
    vec2 q = (fract(p) - 0.5) * 2.0;
    float rnd = fract(sin(dot(id, vec2(27.7, 91.1))) * 5413.7);
    float k = 4.0 + floor(rnd * 4.0);
    float a = atan(q.y, q.x) + iTime * (rnd - 0.5) * 2.0;
    float r = length(q);
    float shape = 0.55 + 0.25 * cos(a * k);
    float d = r - shape;
    vec3 petal = 0.55 + 0.45 * cos(6.2831 * (rnd + vec3(0.0, 0.2, 0.4)));
    petal *= 0.6 + 0.4 * smoothstep(0.0, shape, r);
    vec3 leaf = mix(vec3(0.2, 0.5, 0.3), vec3(0.4, 0.7, 0.35), 0.5 + 0.5 * sin(uv.x * 3.0 + uv.y * 2.0));
    vec3 col = mix(leaf, petal, smoothstep(0.03, -0.03, d));
    col = mix(col, vec3(1.0, 0.85, 0.2), smoothstep(0.2, 0.15, r));
    fragColor = vec4(col, 1.0);
}
