/*---
title: Dried Mud Flats
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [crackle, mud, terrain, shading]
dialect: shadertoy
---*/
// Raised, curling mud plates: height is the border distance, shaded with a moving sun.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(71.7, 13.1)), dot(p, vec2(29.3, 97.1)))) * 31871.3); }
float plates(vec2 p) {
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0;
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        float d = length(g + h2(ip + g) - fp);
        if (d < d1) { d2 = d1; d1 = d; } else if (d < d2) d2 = d;
    }
    return sqrt(clamp((d2 - d1) * 2.0, 0.0, 1.0));
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0;
    float h = plates(p);
    float hx = plates(p + vec2(0.02, 0.0));
    float hy = plates(p + vec2(0.0, 0.02));
    vec3 n = normalize(vec3(h - hx, h - hy, 0.05));
    vec3 sun = normalize(vec3(cos(iTime * 0.4), sin(iTime * 0.4), 0.8));
    float dif = clamp(dot(n, sun), 0.0, 1.0);
    vec3 mud = mix(vec3(0.45, 0.25, 0.15), vec3(0.85, 0.65, 0.4), h);
    vec3 col = mud * (0.35 + 0.75 * dif);
    col = mix(vec3(0.2, 0.1, 0.08), col, smoothstep(0.0, 0.15, h));
    fragColor = vec4(col, 1.0);
}
