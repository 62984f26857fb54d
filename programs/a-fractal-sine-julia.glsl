/*---
title: Sine Julia Tendrils
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [julia, transcendental, sine, escape-time]
dialect: shadertoy
---*/
// Iterating z -> c*sin(z): escape when |Im z| grows large; tendrils coloured by escape speed.
vec2 csin(vec2 z) { return vec2(sin(z.x) * cosh(z.y), cos(z.x) * sinh(z.y)); }
vec2 cmul(vec2 a, vec2 b) { return vec2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 z = uv * 2.5 + vec2(iTime * 0.1, 0.0);
    vec2 c = vec2(1.0, 0.1 + 0.25 * sin(iTime * 0.3));
    float it = 0.0;
    for (int i = 0; i < 32; i++) {
        z = cmul(c, csin(z));
        if (abs(z.y) > 40.0) break;
        it += 1.0;
    }
    float s = it / 32.0;
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (sqrt(s) * 1.5 + vec3(0.0, 0.2, 0.45)));
    if (it >= 32.0) col = vec3(0.9, 0.95, 0.8) - 0.3 * vec3(0.5 + 0.5 * sin(z.x * 2.0));
    fragColor = vec4(col, 1.0);
}
