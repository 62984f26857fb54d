/*---
title: Spirograph Trace
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [spirograph, hypotrochoid, curves]
dialect: shadertoy
---*/
// distance to a sampled hypotrochoid whose pen offset changes slowly
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float R = 5.0, r = 3.0;
    float dpen = 2.2 + 0.8 * sin(iTime * 0.3);
    float best = 1e3;
    float bt = 0.0;
    for (int i = 0; i < 64; i++) {
        float t = float(i) / 64.0 * 18.85;
        vec2 p = vec2((R - r) * cos(t) + dpen * cos((R - r) / r * t), (R - r) * sin(t) - dpen * sin((R - r) / r * t)) * 0.19;
        float ang = iTime * 0.1;
        p = mat2(cos(ang), -sin(ang), sin(ang), cos(ang)) * p;
        float t2 = (float(i) + 1.0) / 64.0 * 18.85;
        vec2 q = vec2((R - r) * cos(t2) + dpen * cos((R - r) / r * t2), (R - r) * sin(t2) - dpen * sin((R - r) / r * t2)) * 0.19;
        q = mat2(cos(ang), -sin(ang), sin(ang), cos(ang)) * q;
        vec2 e = q - p;
        float h = clamp(dot(uv - p, e) / dot(e, e), 0.0, 1.0);
        float d = length(uv - p - e * h);
        if (d < best) { best = d; bt = t; }
    }
    vec3 bg = mix(vec3(0.1, 0.12, 0.25), vec3(0.25, 0.1, 0.3), length(uv));
    vec3 ink = 0.55 + 0.45 * cos(vec3(0.0, 2.0, 4.0) + bt * 0.5);
    vec3 col = mix(bg, ink, smoothstep(0.03, 0.005, best));
    col += ink * 0.25 * exp(-best * 12.0);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
