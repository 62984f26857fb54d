/*---
title: Nearest Two Colour Blend
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, blending, f1-f2, gradient]
dialect: shadertoy
---*/
// Colour mixes the nearest two seeds' colours by their relative distances: soft seams, vivid cores.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(3.1, 17.3)), dot(p, vec2(71.9, 5.3)))) * 13711.7); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0 + vec2(sin(iTime * 0.2), iTime * 0.15);
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0; vec2 i1 = vec2(0.0), i2 = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 o = 0.5 + 0.4 * sin(iTime * 0.5 + 6.2831 * h2(ip + g));
        float d = length(g + o - fp);
        if (d < d1) { d2 = d1; i2 = i1; d1 = d; i1 = ip + g; }
        else if (d < d2) { d2 = d; i2 = ip + g; }
    }
    vec3 c1 = 0.5 + 0.5 * cos(6.2831 * (h2(i1).x + vec3(0.1, 0.4, 0.7)));
    vec3 c2 = 0.5 + 0.5 * cos(6.2831 * (h2(i2).x + vec3(0.1, 0.4, 0.7)));
    float w = d1 / (d1 + d2);
    vec3 col = mix(c1, c2, smoothstep(0.2, 0.5, w) * 0.5);
    col *= 0.75 + 0.35 * smoothstep(0.0, 0.35, d2 - d1);
    col += vec3(1.0, 0.95, 0.8) * smoothstep(0.04, 0.0, d2 - d1) * 0.5;
    fragColor = vec4(col, 1.0);
}
