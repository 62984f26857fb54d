/*---
title: Stacked Sine Lines
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [lines, sines, joy-division]
dialect: shadertoy
---*/
// rows of horizontal lines displaced by a bump and noise; lower rows hide upper ones
float hash(float n) { return fract(sin(n * 47.13) * 9371.1); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.08, 0.05, 0.15), vec3(0.15, 0.05, 0.1), uv.y * 0.5 + 0.5);
    for (int i = 0; i < 12; i++) {
        float fi = float(i);
        float base = 1.0 - fi * 0.17;
        float env = exp(-uv.x * uv.x * 3.0);
        float disp = env * (0.12 + 0.1 * sin(uv.x * 9.0 + iTime * 1.5 + fi * 1.7) + 0.06 * sin(uv.x * 23.0 - iTime + hash(fi) * 6.0));
        float y = base + disp;
        if (uv.y < y) col = mix(vec3(0.08, 0.05, 0.15), col, 0.2);
        float d = abs(uv.y - y);
        vec3 lc = 0.55 + 0.45 * cos(vec3(0.0, 2.0, 4.0) + fi * 0.3 + iTime * 0.2);
        col = mix(col, lc, smoothstep(0.035, 0.01, d));
    }
    col += 0.12 * vec3(0.3, 0.2, 0.5);
    fragColor = vec4(col, 1.0);
}
