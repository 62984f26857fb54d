/*---
title: River Around Stones
author: shadertrain project
license: CC0-1.0
family: flow
tags: [potential-flow, stream-function, obstacles]
dialect: shadertoy
---*/
// steady free-stream flow past circular stones (potential-flow doublets); dye bands move along streamlines
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float psi = uv.y;
    float phi = uv.x;
    float inside = 0.0;
    for (int i = 0; i < 3; i++) {
        float fi = float(i);
        vec2 c = vec2(-1.0 + fi * 1.0, 0.45 * sin(fi * 2.5 + 0.7));
        float R = 0.22 + 0.06 * fi;
        vec2 d = uv - c;
        float r2 = dot(d, d);
        psi -= R * R * d.y / r2;
        phi += R * R * d.x / r2;
        inside = max(inside, step(r2, R * R));
    }
    float bands = sin(psi * 18.0);
    float pulse = sin(phi * 6.0 - iTime * 3.0);
    vec3 water = mix(vec3(0.05, 0.3, 0.5), vec3(0.25, 0.7, 0.8), 0.5 + 0.5 * bands);
    water += 0.15 * pulse * vec3(0.6, 0.8, 1.0);
    vec3 stone = vec3(0.5, 0.42, 0.35) + 0.1 * uv.y;
    vec3 col = mix(water, stone, inside);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
