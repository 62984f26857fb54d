/*---
title: Moire Gratings
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [moire, lines, rotation]
dialect: shadertoy
---*/
// three line gratings at slowly changing angles multiplied together, each tinted
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = vec3(1.0);
    for (int i = 0; i < 3; i++) {
        float fi = float(i);
        float a = fi * 0.9 + 0.05 * sin(iTime * 0.3 + fi) * (fi + 1.0);
        float x = dot(uv, vec2(cos(a), sin(a))) * 5.0;
        float line = smoothstep(0.25, 0.45, abs(fract(x) - 0.5));
        vec3 tint = 0.45 + 0.45 * cos(vec3(0.0, 2.094, 4.189) + fi * 2.094);
        col *= mix(tint, vec3(1.0), line);
    }
    col = 0.3 + 0.7 * col;
    fragColor = vec4(col, 1.0);
}
