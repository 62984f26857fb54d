/*---
title: Aurora Curtains
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [aurora, curtains, glow]
dialect: shadertoy
---*/
// folded vertical curtains of green-violet light over a deep blue gradient
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.02, 0.08, 0.2), vec3(0.1, 0.2, 0.45), uv.y * 0.5 + 0.5);
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        float x = uv.x + 0.3 * sin(uv.y * 1.5 + iTime * 0.3 + fi * 1.3) + 0.1 * sin(uv.y * 5.0 - iTime + fi);
        float base = -0.6 + 0.2 * fi + 0.1 * sin(uv.x * 2.0 + fi + iTime * 0.2);
        float band = exp(-pow((x - (-0.9 + 0.45 * fi)) * 3.0, 2.0));
        float vert = smoothstep(base - 0.1, base + 0.2, uv.y) * exp(-(uv.y - base) * 1.2);
        float rays = 0.6 + 0.4 * sin(x * 40.0 + iTime * 2.0 + fi);
        vec3 c = mix(vec3(0.2, 1.0, 0.5), vec3(0.7, 0.3, 1.0), clamp(uv.y - base, 0.0, 1.0));
        col += c * band * vert * rays * 0.9;
    }
    col += 0.25 * vec3(0.2, 0.3, 0.5) * (1.0 - abs(uv.y));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
