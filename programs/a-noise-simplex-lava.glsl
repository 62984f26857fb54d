/*---
title: Skewed Grid Lava
author: shadertrain project
license: CC0-1.0
family: noise
tags: [simplex, gradient-noise, lava, fbm]
dialect: shadertoy
---*/
// Triangular-lattice (skewed) gradient noise, summed in 4 octaves, shown as cooling lava crust.
vec2 g2(vec2 p) {
    float a = fract(sin(dot(p, vec2(37.7, 91.3))) * 5319.87) * 6.2831;
    return vec2(cos(a), sin(a));
}
float tnoise(vec2 p) {
    const float K1 = 0.3660254, K2 = 0.2113249;
    vec2 i = floor(p + (p.x + p.y) * K1);
    vec2 a = p - i + (i.x + i.y) * K2;
    vec2 o = (a.x > a.y) ? vec2(1.0, 0.0) : vec2(0.0, 1.0);
    vec2 b = a - o + K2;
    vec2 c = a - 1.0 + 2.0 * K2;
    vec3 h = max(0.5 - vec3(dot(a, a), dot(b, b), dot(c, c)), 0.0);
    vec3 n = h * h * h * h * vec3(dot(a, g2(i)), dot(b, g2(i + o)), dot(c, g2(i + 1.0)));
    return dot(n, vec3(70.0));
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0;
    float n = 0.0, a = 0.5;
    for (int i = 0; i < 4; i++) {
        n += a * tnoise(p + vec2(0.0, iTime * 0.15 * (1.0 + float(i))));
        p = p * 2.0 + 0.5;
        a *= 0.5;
    }
    float glow = smoothstep(0.15, -0.25, n);
    float crust = smoothstep(-0.05, 0.35, n);
    vec3 col = mix(vec3(1.0, 0.85, 0.2), vec3(0.9, 0.2, 0.05), smoothstep(-0.6, -0.1, n));
    col = mix(col, vec3(0.25, 0.12, 0.18), crust);
    col += glow * vec3(0.4, 0.15, 0.0) * (0.7 + 0.3 * sin(iTime * 2.0 + n * 10.0));
    fragColor = vec4(col, 1.0);
}
