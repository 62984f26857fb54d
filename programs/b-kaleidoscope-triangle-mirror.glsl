/*---
title: Triangle Mirror Group
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, triangle, reflection]
dialect: shadertoy
---*/
// repeated reflections across three lines fold the plane into one equilateral triangle
mat2 rot(float a) { float c = cos(a), s = sin(a); return mat2(c, -s, s, c); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = rot(0.1 * iTime) * uv * 3.0;
    vec2 n1 = vec2(0.0, 1.0);
    vec2 n2 = vec2(0.8660254, -0.5);
    vec2 n3 = vec2(-0.8660254, -0.5);
    float flips = 0.0;
    for (int i = 0; i < 12; i++) {
        float d1 = dot(p, n1) - 0.5;
        if (d1 > 0.0) { p -= 2.0 * d1 * n1; flips += 1.0; }
        float d2 = dot(p, n2) - 0.5;
        if (d2 > 0.0) { p -= 2.0 * d2 * n2; flips += 1.0; }
        float d3 = dot(p, n3) - 0.5;
        if (d3 > 0.0) { p -= 2.0 * d3 * n3; flips += 1.0; }
    }
    vec2 m = p + 0.25 * vec2(cos(iTime), sin(iTime * 1.3));
    float ring = sin(25.0 * length(m) - 3.0 * iTime);
    float edge = min(min(abs(dot(p, n1) - 0.5), abs(dot(p, n2) - 0.5)), abs(dot(p, n3) - 0.5));
    vec3 col = 0.5 + 0.5 * cos(vec3(0.3, 2.1, 4.0) + ring * 0.8 + mod(flips, 3.0) * 1.2 + iTime * 0.2);
    col = mix(col * 0.4, col, smoothstep(0.0, 0.06, edge));
    fragColor = vec4(col, 1.0);
}
