/*---
title: Cubic Multibrot Bloom
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [multibrot, escape-time, cubic, symmetry]
dialect: shadertoy
---*/
// z -> z^3 + c: a two-fold symmetric Mandelbrot cousin, with a breathing palette shift.
vec2 cmul(vec2 a, vec2 b) { return vec2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = uv.yx * 1.2;
    vec2 z = vec2(0.0);
    float it = 0.0;
    for (int i = 0; i < 48; i++) {
        z = cmul(cmul(z, z), z) + c;
        if (dot(z, z) > 64.0) break;
        it += 1.0;
    }
    float s = it - log(max(log(dot(z, z)), 1e-3)) / log(3.0);
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (s * 0.05 + iTime * 0.1 + vec3(0.5, 0.25, 0.0)));
    col = mix(col, vec3(0.1, 0.3, 0.35), step(47.5, it));
    fragColor = vec4(col, 1.0);
}
