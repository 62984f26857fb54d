/*---
title: Crescent Moon Phases
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, subtraction, crescent, moons]
dialect: shadertoy
---*/
// A row of moons built by circle subtraction, each in a different animated phase, over a dusk sky.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 sky = mix(vec3(0.95, 0.55, 0.35), vec3(0.2, 0.15, 0.45), smoothstep(-1.0, 1.0, uv.y));
    sky = mix(sky, vec3(0.1, 0.3, 0.55), smoothstep(0.3, 1.0, uv.y) * 0.6);
    vec3 col = sky;
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        vec2 c = vec2(-1.2 + fi * 0.6, 0.25 * sin(fi * 1.3 + iTime * 0.4));
        float r = 0.22;
        float ph = sin(iTime * 0.5 + fi * 0.8) * 0.45;
        float d = max(length(uv - c) - r, -(length(uv - c - vec2(ph, 0.05)) - r * 0.95));
        vec3 moon = mix(vec3(1.0, 0.95, 0.75), vec3(0.95, 0.8, 0.5), clamp((uv.y - c.y) * 2.0 + 0.5, 0.0, 1.0));
        col += vec3(1.0, 0.8, 0.5) * 0.05 / (0.1 + max(d, 0.0) * 8.0);
        col = mix(col, moon, smoothstep(0.01, -0.01, d));
    }
    fragColor = vec4(col, 1.0);
}
