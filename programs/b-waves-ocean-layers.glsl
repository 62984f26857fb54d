/*---
title: Layered Ocean Bands
author: shadertrain project
license: CC0-1.0
family: waves
tags: [waves, layers, parallax]
dialect: shadertoy
---*/
// stacked wave profiles at different depths drifting at parallax speeds, sunset sky above
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.98, 0.6, 0.3), vec3(0.5, 0.3, 0.6), clamp(uv.y, 0.0, 1.0));
    for (int i = 0; i < 8; i++) {
        float fi = float(i);
        float base = 0.6 - fi * 0.22;
        float sp = 0.2 + fi * 0.15;
        float x = uv.x * (2.0 + fi * 0.5);
        float wv = base + 0.07 * sin(x * 2.0 + iTime * sp + fi) + 0.03 * sin(x * 5.3 - iTime * sp * 1.7 + fi * 2.0);
        vec3 c = mix(vec3(0.1, 0.6, 0.7), vec3(0.02, 0.15, 0.4), fi / 7.0);
        float crest = smoothstep(0.02, 0.0, abs(uv.y - wv));
        if (uv.y < wv) col = c + 0.1 * (uv.y - wv + 0.2);
        col = mix(col, vec3(0.9, 0.95, 1.0), crest * 0.6);
    }
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
