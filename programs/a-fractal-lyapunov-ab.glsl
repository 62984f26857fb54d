/*---
title: Lyapunov AB Landscape
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [lyapunov, logistic-map, chaos, stability]
dialect: shadertoy
---*/
// Lyapunov exponent of the logistic map with rates alternating by the sequence AABAB; stable regions gold, chaos blue.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = fragCoord / iResolution.xy;
    vec2 ab = mix(vec2(2.5, 3.2), vec2(4.0, 4.0), uv);
    ab += 0.05 * vec2(sin(iTime * 0.3), cos(iTime * 0.25));
    ab = min(ab, vec2(3.999)); // above 4 the map leaves [0, 1] and overflows
    float x = 0.5;
    float lam = 0.0;
    for (int i = 0; i < 60; i++) {
        int k = i - (i / 5) * 5;
        float r = (k == 2 || k == 4) ? ab.y : ab.x;
        x = clamp(r * x * (1.0 - x), 0.0, 1.0);
        if (i >= 10) lam += log(abs(r * (1.0 - 2.0 * x)) + 1e-6);
    }
    lam /= 50.0;
    vec3 col;
    if (lam < 0.0) col = mix(vec3(1.0, 0.95, 0.6), vec3(0.75, 0.45, 0.05), clamp(-lam * 1.5, 0.0, 1.0));
    else col = mix(vec3(0.2, 0.3, 0.6), vec3(0.02, 0.05, 0.25), clamp(lam * 2.0, 0.0, 1.0));
    col += 0.08 * sin(lam * 40.0 + iTime);
    fragColor = vec4(col, 1.0);
}
