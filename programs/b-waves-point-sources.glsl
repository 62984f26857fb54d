/*---
title: Point Source Interference
author: shadertrain project
license: CC0-1.0
family: waves
tags: [interference, circular, sources]
dialect: shadertoy
---*/
// four wandering point emitters; their circular waves add and the sum is colour-mapped
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float s = 0.0;
    for (int i = 0; i < 4; i++) {
        float fi = float(i);
        vec2 c = 0.8 * vec2(cos(iTime * 0.3 + fi * 1.7), sin(iTime * 0.23 + fi * 2.9));
        float d = length(uv - c);
        s += sin(d * 28.0 - iTime * 4.0 + fi) / (1.0 + d * 2.0);
    }
    vec3 col = 0.5 + 0.5 * cos(vec3(0.0, 0.4, 0.8) * 3.0 + s * 1.6 + 1.0);
    col = mix(col, vec3(0.05, 0.1, 0.3), 0.3 * smoothstep(0.5, 1.5, -s));
    fragColor = vec4(col, 1.0);
}
