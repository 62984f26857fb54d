/*---
title: Dihedral Star Layers
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, stars, sdf, layers]
dialect: shadertoy
---*/
// stacked star outlines, each with dihedral symmetry of a different order
float star(vec2 p, float n, float r, float k) {
    float sec = 6.2832 / n;
    float a = abs(mod(atan(p.y, p.x), sec) - 0.5 * sec);
    vec2 q = length(p) * vec2(cos(a), sin(a));
    vec2 tip = vec2(r, 0.0);
    vec2 inner = r * k * vec2(cos(0.5 * sec), sin(0.5 * sec));
    vec2 e = inner - tip;
    vec2 w = q - tip;
    float h = clamp(dot(w, e) / dot(e, e), 0.0, 1.0);
    float d = length(w - e * h);
    float s = e.x * w.y - e.y * w.x;
    return s > 0.0 ? -d : d;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = 0.35 + 0.25 * cos(vec3(0.0, 1.0, 2.0) + uv.y * 2.0 + iTime * 0.3);
    for (int i = 0; i < 6; i++) {
        float fi = float(i);
        float sc = 1.6 - fi * 0.24;
        float ang = iTime * (0.2 + 0.07 * fi) * (mod(fi, 2.0) * 2.0 - 1.0);
        vec2 p = mat2(cos(ang), -sin(ang), sin(ang), cos(ang)) * uv;
        float d = star(p, 5.0 + fi, sc, 0.55);
        vec3 c = 0.5 + 0.5 * cos(vec3(0.5, 2.5, 4.5) + fi * 0.9 + iTime * 0.5);
        col = mix(col, c, smoothstep(0.01, -0.01, d));
        col = mix(col, vec3(1.0), 0.6 * smoothstep(0.02, 0.0, abs(d)));
    }
    fragColor = vec4(col, 1.0);
}
