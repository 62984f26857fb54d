/*---
title: Dipole Field Lines
author: shadertrain project
license: CC0-1.0
family: flow
tags: [field-lines, magnetism, dashes]
dialect: shadertoy
---*/
// field lines of two rotating dipoles from the angle-sum stream function, dashes moving along them
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float stream = 0.0;
    float pot = 0.0;
    for (int i = 0; i < 2; i++) {
        float fi = float(i);
        vec2 c = vec2(fi * 1.2 - 0.6, 0.2 * sin(iTime * 0.5 + fi * 3.0));
        float ang = iTime * 0.3 * (fi * 2.0 - 1.0);
        vec2 dir = vec2(cos(ang), sin(ang)) * 0.18;
        vec2 a = uv - (c + dir), b = uv - (c - dir);
        stream += atan(a.y, a.x) - atan(b.y, b.x);
        pot += 1.0 / (length(a) + 0.05) - 1.0 / (length(b) + 0.05);
    }
    float lines = abs(fract(stream / 6.2832 * 12.0) - 0.5);
    float dash = step(0.0, sin(pot * 1.5 - iTime * 4.0));
    vec3 bg = 0.25 + 0.2 * cos(vec3(0.0, 1.0, 2.0) + pot * 0.15 + 4.0);
    vec3 lc = mix(vec3(0.95, 0.5, 0.2), vec3(0.3, 0.8, 1.0), dash);
    vec3 col = mix(bg, lc, smoothstep(0.15, 0.05, lines));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
