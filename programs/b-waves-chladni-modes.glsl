/*---
title: Chladni Modes
author: shadertrain project
license: CC0-1.0
family: waves
tags: [standing-waves, modes, nodal-lines]
dialect: shadertoy
---*/
// square-plate standing wave: two modes superposed, mixing slowly; nodal lines glow
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 1.5707;
    float n = 3.0 + floor(mod(iTime * 0.25, 4.0));
    float m = 5.0 - floor(mod(iTime * 0.25, 3.0));
    float a = cos(n * p.x) * cos(m * p.y) - cos(m * p.x) * cos(n * p.y);
    float b = sin(n * p.x + 0.5) * sin(m * p.y) + sin(m * p.x) * sin(n * p.y + 0.5);
    float w = mix(a, b, 0.5 + 0.5 * sin(iTime * 0.6));
    float osc = cos(iTime * 3.0);
    float node = exp(-abs(w) * 10.0);
    vec3 col = mix(vec3(0.15, 0.1, 0.35), vec3(0.9, 0.35, 0.2), 0.5 + 0.5 * w * osc);
    col = mix(col, vec3(1.0, 0.95, 0.7), node);
    fragColor = vec4(col, 1.0);
}
