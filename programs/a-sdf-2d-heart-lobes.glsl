/*---
title: Two Lobe Heart Beat
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, heart, union, pulse]
dialect: shadertoy
---*/
// A heart assembled from two circles and a rotated square (smooth union) that beats; rings echo outward.
float sdBox(vec2 p, vec2 b) { vec2 q = abs(p) - b; return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0); }
float smin(float a, float b, float k) { float h = clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0); return mix(b, a, h) - k * h * (1.0 - h); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float beat = 1.0 + 0.08 * pow(0.5 + 0.5 * sin(iTime * 5.0), 4.0);
    vec2 p = uv / beat + vec2(0.0, 0.1);
    float c1 = length(p - vec2(-0.25, 0.15)) - 0.32;
    float c2 = length(p - vec2(0.25, 0.15)) - 0.32;
    vec2 q = mat2(0.7071, -0.7071, 0.7071, 0.7071) * (p - vec2(0.0, -0.15));
    float b = sdBox(q, vec2(0.32)) - 0.02;
    float d = smin(min(c1, c2), b, 0.08) * beat;
    vec3 bg = 0.6 + 0.3 * cos(6.2831 * (d * 1.2 - iTime * 0.3 + vec3(0.55, 0.65, 0.8)));
    bg *= 0.85 + 0.15 * sin(d * 35.0 - iTime * 6.0);
    vec3 heart = mix(vec3(0.95, 0.15, 0.3), vec3(1.0, 0.55, 0.6), clamp(-d * 4.0 - p.y, 0.0, 1.0));
    vec3 col = mix(bg, heart, smoothstep(0.01, -0.01, d));
    fragColor = vec4(col, 1.0);
}
