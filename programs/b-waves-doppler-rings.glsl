/*---
title: Doppler Rings
author: shadertrain project
license: CC0-1.0
family: waves
tags: [doppler, moving-source, rings]
dialect: shadertoy
---*/
// a source moving in a circle emits rings; each ring keeps its emission centre
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float speed = 0.6;
    float best = 0.0;
    float idx = 0.0;
    for (int k = 0; k < 24; k++) {
        float te = floor(iTime * 4.0) / 4.0 - float(k) * 0.25;
        vec2 src = 0.55 * vec2(cos(te * 0.9), sin(te * 1.3));
        float rad = (iTime - te) * speed;
        float d = abs(length(uv - src) - rad);
        float w = exp(-d * 60.0) * exp(-rad * 0.8);
        if (w > best) { best = w; idx = te; }
    }
    vec3 bg = mix(vec3(0.05, 0.2, 0.3), vec3(0.3, 0.15, 0.4), 0.5 + 0.5 * uv.y);
    bg += 0.15 * cos(vec3(0.0, 1.0, 2.0) + length(uv) * 3.0 - iTime);
    vec3 ring = 0.55 + 0.45 * cos(vec3(0.0, 2.1, 4.2) + idx * 0.7);
    vec3 col = bg + ring * best * 1.3;
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
