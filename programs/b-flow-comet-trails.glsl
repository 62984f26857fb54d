/*---
title: Comet Trails
author: shadertrain project
license: CC0-1.0
family: flow
tags: [particles, trails, lissajous]
dialect: shadertoy
---*/
// comets on lissajous orbits; each trail is the distance to its recent path, fading backwards
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.1, 0.12, 0.3), vec3(0.3, 0.1, 0.3), length(uv) * 0.6);
    for (int c = 0; c < 5; c++) {
        float fc = float(c);
        vec3 tint = 0.55 + 0.45 * cos(vec3(0.0, 2.0, 4.0) + fc * 1.3);
        for (int k = 0; k < 10; k++) {
            float t = iTime * 0.8 - float(k) * 0.06 + fc * 1.7;
            vec2 pos = vec2(0.8 * sin(t * (1.0 + fc * 0.2)), 0.75 * sin(t * (1.3 + fc * 0.15) + fc));
            float d = length(uv - pos);
            float fade = 1.0 - float(k) / 10.0;
            col += tint * fade * (0.06 * exp(-d * 4.0) + 0.5 * exp(-d * d * 150.0));
        }
    }
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
