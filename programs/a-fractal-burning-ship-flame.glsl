/*---
title: Burning Ship Embers
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [burning-ship, escape-time, fire, pan]
dialect: shadertoy
---*/
// The burning ship map (absolute values before squaring), panning along its mast with a fire ramp.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float k = 0.5 - 0.5 * cos(iTime * 0.3);
    float zoom = mix(1.0, 0.09, k);
    vec2 c = mix(vec2(-0.45, -0.5), vec2(-1.762, -0.028), k) + vec2(uv.x, -uv.y) * zoom;
    vec2 z = vec2(0.0);
    float it = 0.0;
    for (int i = 0; i < 64; i++) {
        z = abs(z);
        z = vec2(z.x * z.x - z.y * z.y, 2.0 * z.x * z.y) + c;
        if (dot(z, z) > 100.0) break;
        it += 1.0;
    }
    float s = it / 64.0;
    vec3 col = vec3(0.12, 0.03, 0.12);
    col = mix(col, vec3(0.8, 0.15, 0.05), smoothstep(0.0, 0.25, s));
    col = mix(col, vec3(1.0, 0.7, 0.1), smoothstep(0.25, 0.6, s));
    col = mix(col, vec3(1.0, 1.0, 0.85), smoothstep(0.6, 0.95, s));
    col += 0.1 * vec3(0.4, 0.2, 0.6) * (1.0 - s);
    if (it >= 64.0) col = vec3(0.3, 0.1, 0.35) + 0.15 * vec3(0.5 + 0.5 * sin(dot(z, z) * 20.0));
    fragColor = vec4(col, 1.0);
}
