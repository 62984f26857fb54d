/*---
title: Soft Colour Blocks
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [blocks, soft-edges, painterly]
dialect: shadertoy
---*/
// three stacked soft-edged rectangles over a ground, hues drifting like slow paint
float box(vec2 p, vec2 b) { vec2 d = abs(p) - b; return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ground = vec3(0.55, 0.15, 0.12) + 0.1 * cos(vec3(0.0, 1.0, 2.0) + iTime * 0.1);
    vec3 col = ground;
    for (int i = 0; i < 3; i++) {
        float fi = float(i);
        vec2 c = vec2(0.0, 0.6 - fi * 0.6 + 0.03 * sin(iTime * 0.4 + fi));
        float d = box(uv - c, vec2(1.35, 0.22 + 0.04 * sin(iTime * 0.3 + fi * 2.0)));
        vec3 c1 = 0.5 + 0.4 * cos(vec3(0.2, 1.0, 2.2) + fi * 2.1 + iTime * 0.15);
        c1 *= 0.9 + 0.1 * sin(uv.x * 4.0 + uv.y * 3.0 + fi + iTime * 0.2);
        col = mix(col, c1, smoothstep(0.12, -0.05, d));
    }
    fragColor = vec4(col, 1.0);
}
