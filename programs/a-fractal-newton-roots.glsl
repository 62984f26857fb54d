/*---
title: Newton Basin Triad
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [newton, basins, roots, complex]
dialect: shadertoy
---*/
// Newton's method on z^3 - 1 with a relaxation factor that oscillates; basins coloured by root and speed.
vec2 cmul(vec2 a, vec2 b) { return vec2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x); }
vec2 cdiv(vec2 a, vec2 b) { return vec2(a.x * b.x + a.y * b.y, a.y * b.x - a.x * b.y) / dot(b, b); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 z = uv * 1.5;
    float relax = 1.0 + 0.35 * sin(iTime * 0.4);
    float it = 0.0;
    for (int i = 0; i < 32; i++) {
        vec2 z2 = cmul(z, z);
        vec2 f = cmul(z2, z) - vec2(1.0, 0.0);
        vec2 df = 3.0 * z2;
        vec2 step_ = cdiv(f, df + vec2(1e-6, 0.0)) * relax;
        z -= step_;
        if (dot(step_, step_) < 1e-6) break;
        it += 1.0;
    }
    vec3 r1 = vec3(0.95, 0.35, 0.3), r2 = vec3(0.3, 0.8, 0.45), r3 = vec3(0.3, 0.45, 0.95);
    float d1 = length(z - vec2(1.0, 0.0));
    float d2 = length(z - vec2(-0.5, 0.8660254));
    float d3 = length(z - vec2(-0.5, -0.8660254));
    vec3 col = d1 < d2 && d1 < d3 ? r1 : (d2 < d3 ? r2 : r3);
    col *= 1.0 - 0.6 * clamp(it / 32.0, 0.0, 1.0);
    col += 0.15 * sin(it * 1.3);
    fragColor = vec4(col, 1.0);
}
