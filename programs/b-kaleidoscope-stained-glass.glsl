/*---
title: Stained Glass Rosette
author: shadertrain project
license: CC0-1.0
family: kaleidoscope
tags: [symmetry, cells, glass]
dialect: shadertoy
---*/
// eight-fold mirrored voronoi panes with dark lead lines
vec2 hash2(vec2 p) {
    p = vec2(dot(p, vec2(127.1, 311.7)), dot(p, vec2(269.5, 183.3)));
    return fract(sin(p) * 43758.5453);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x);
    float sec = 6.2832 / 8.0;
    a = abs(mod(a + 0.05 * iTime, sec) - 0.5 * sec);
    vec2 p = r * vec2(cos(a), sin(a)) * 4.0;
    vec2 g = floor(p);
    vec2 f = fract(p);
    float d1 = 9.0, d2 = 9.0;
    vec2 best = vec2(0.0);
    for (int j = -1; j <= 1; j++)
    for (int i = -1; i <= 1; i++) {
        vec2 o = vec2(float(i), float(j));
        vec2 h = hash2(g + o);
        vec2 pt = o + 0.5 + 0.4 * sin(iTime * 0.6 + 6.2832 * h);
        float d = length(pt - f);
        if (d < d1) { d2 = d1; d1 = d; best = h; }
        else if (d < d2) { d2 = d; }
    }
    vec3 glass = 0.5 + 0.5 * cos(6.2832 * (best.x + vec3(0.0, 0.33, 0.67)) + r);
    glass *= 0.7 + 0.5 * (1.0 - d1);
    float lead = smoothstep(0.04, 0.09, d2 - d1);
    vec3 col = mix(vec3(0.08, 0.06, 0.05), glass, lead);
    fragColor = vec4(col, 1.0);
}
