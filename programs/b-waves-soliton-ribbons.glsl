/*---
title: Soliton Ribbons
author: shadertrain project
license: CC0-1.0
family: waves
tags: [solitons, pulses, travelling]
dialect: shadertoy
---*/
// sech-squared pulses travelling along wavy lanes at different speeds
float sech2(float x) { float e = exp(-abs(x)); float s = 2.0 * e / (1.0 + e * e); return s * s; }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.15, 0.2, 0.45), vec3(0.45, 0.15, 0.3), uv.x * 0.5 + 0.5) + 0.1 * sin(uv.y * 10.0 + iTime);
    for (int i = 0; i < 7; i++) {
        float fi = float(i);
        float lane = -0.9 + fi * 0.3;
        float y = uv.y - lane - 0.05 * sin(uv.x * 3.0 + fi);
        float sp = 0.5 + 0.25 * fi;
        float x = mod(uv.x * 1.5 - iTime * sp + fi * 1.3, 4.0) - 2.0;
        float amp = sech2(x * 3.0) * (0.6 + 0.4 * sin(fi));
        float ribbon = exp(-pow((y - 0.1 * amp) * 12.0, 2.0));
        vec3 c = 0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + fi * 0.8 + x);
        col += c * ribbon * (0.4 + amp);
    }
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
