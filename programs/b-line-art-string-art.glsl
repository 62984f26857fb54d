/*---
title: String Art Chords
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [string-art, chords, circle]
dialect: shadertoy
---*/
// chords between nails on a circle, nail i joined to nail i*m; multiplier m drifts
float seg(vec2 p, vec2 a, vec2 b) { vec2 e = b - a; float h = clamp(dot(p - a, e) / dot(e, e), 0.0, 1.0); return length(p - a - e * h); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float m = 2.0 + mod(iTime * 0.15, 5.0);
    float acc = 0.0;
    float hueAcc = 0.0;
    for (int i = 0; i < 40; i++) {
        float fi = float(i);
        float a0 = fi / 40.0 * 6.2832;
        float a1 = fi * m / 40.0 * 6.2832;
        float d = seg(uv, 0.9 * vec2(cos(a0), sin(a0)), 0.9 * vec2(cos(a1), sin(a1)));
        float w = smoothstep(0.018, 0.0, d);
        acc += w;
        hueAcc += w * fi;
    }
    float hue = hueAcc / max(acc, 1e-3) / 40.0;
    vec3 bg = mix(vec3(0.12, 0.1, 0.2), vec3(0.3, 0.18, 0.25), length(uv));
    vec3 thread = 0.55 + 0.45 * cos(6.2832 * (hue + vec3(0.0, 0.33, 0.67)));
    vec3 col = mix(bg, thread, clamp(acc * 0.6, 0.0, 1.0));
    col += 0.3 * smoothstep(0.03, 0.0, abs(length(uv) - 0.9));
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
