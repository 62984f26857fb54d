/*---
title: Spiral Excitation
author: shadertrain project
license: CC0-1.0
family: waves
tags: [spiral-waves, excitable, rotating]
dialect: shadertoy
---*/
// counter-rotating spiral waves from two cores meet along a collision seam
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c1 = vec2(-0.5, 0.1 * sin(iTime * 0.3));
    vec2 c2 = vec2(0.55, -0.2);
    vec2 d1 = uv - c1, d2 = uv - c2;
    float p1 = atan(d1.y, d1.x) + length(d1) * 14.0 - iTime * 2.0;
    float p2 = -atan(d2.y, d2.x) + length(d2) * 14.0 - iTime * 2.0;
    float use1 = step(length(d1), length(d2));
    float ph = mix(p2, p1, use1);
    float wave = pow(0.5 + 0.5 * sin(ph), 3.0);
    vec3 rest = mix(vec3(0.1, 0.2, 0.3), vec3(0.2, 0.1, 0.35), use1);
    vec3 excited = mix(vec3(1.0, 0.55, 0.1), vec3(0.3, 1.0, 0.6), use1);
    vec3 col = mix(rest, excited, wave) + 0.25 * (0.5 + 0.5 * cos(ph * 0.5 + vec3(0.0, 2.0, 4.0)));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
