/*---
title: Chevron Lines
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [zigzag, chevrons, lines]
dialect: shadertoy
---*/
// zigzag lines whose amplitude swells in a travelling wave, drawn in alternating inks
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float amp = 0.15 + 0.1 * sin(uv.y * 2.0 - iTime);
    float zig = abs(fract(uv.x * 2.0 + iTime * 0.1) - 0.5) * 2.0 * amp * 2.0;
    float y = (uv.y + zig) * 8.0;
    float id = floor(y);
    float f = abs(fract(y) - 0.5);
    float ln = smoothstep(0.2, 0.1, f);
    vec3 ink = mod(id, 3.0) == 0.0 ? vec3(0.9, 0.3, 0.2) : (mod(id, 3.0) == 1.0 ? vec3(0.15, 0.45, 0.7) : vec3(0.95, 0.75, 0.2));
    vec3 bg = vec3(0.97, 0.95, 0.9) - 0.06 * uv.y;
    vec3 col = mix(bg, ink, ln);
    fragColor = vec4(col, 1.0);
}
