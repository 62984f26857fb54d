/*---
title: Segment String Web
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, segments, lines, glow]
dialect: shadertoy
---*/
// Line segments between moving points on two rings form a string-art web with a soft glow.
float sdSeg(vec2 p, vec2 a, vec2 b) {
    vec2 pa = p - a, ba = b - a;
    float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
    return length(pa - ba * h);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.1, 0.2, 0.35), vec3(0.3, 0.1, 0.3), 0.5 + 0.5 * uv.y);
    col += 0.1 * vec3(0.5, 0.3, 0.7) * (1.0 - length(uv) * 0.5);
    for (int i = 0; i < 12; i++) {
        float fi = float(i);
        float a1 = fi / 12.0 * 6.2831 + iTime * 0.3;
        float a2 = a1 * 2.0 + 1.3 + iTime * 0.2;
        vec2 A = 0.95 * vec2(cos(a1), sin(a1));
        vec2 B = 0.4 * vec2(cos(a2), sin(a2));
        float d = sdSeg(uv, A, B);
        vec3 c = 0.55 + 0.45 * cos(6.2831 * (fi / 12.0 + vec3(0.0, 0.33, 0.67)));
        col += c * (smoothstep(0.02, 0.0, d) * 0.6 + 0.012 / (d + 0.02));
    }
    col = 1.0 - exp(-col * 1.2);
    fragColor = vec4(col, 1.0);
}
