/*---
title: Giraffe Patches
author: shadertrain project
license: CC0-1.0
family: organic
tags: [patches, voronoi, coat]
dialect: shadertoy
---*/
// rounded coat patches separated by pale channels whose width breathes slowly
vec2 hash2(vec2 p) { return fract(sin(vec2(dot(p, vec2(71.7, 19.1)), dot(p, vec2(11.5, 97.3)))) * 28371.2); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0 + vec2(0.1 * iTime, 0.0);
    p += 0.12 * vec2(sin(p.y * 3.0), cos(p.x * 3.0));
    vec2 g = floor(p), f = fract(p);
    float d1 = 9.0, d2 = 9.0;
    vec2 bid = vec2(0.0);
    for (int j = -1; j <= 1; j++)
    for (int i = -1; i <= 1; i++) {
        vec2 o = vec2(float(i), float(j));
        vec2 h = hash2(g + o);
        float d = length(o + h - f);
        if (d < d1) { d2 = d1; d1 = d; bid = h; } else if (d < d2) d2 = d;
    }
    float gap = 0.12 + 0.05 * sin(iTime * 0.6);
    float m = smoothstep(gap, gap + 0.05, d2 - d1);
    vec3 patchc = mix(vec3(0.55, 0.25, 0.08), vec3(0.8, 0.45, 0.12), bid.x);
    patchc *= 0.8 + 0.3 * (1.0 - d1);
    vec3 fur = vec3(0.96, 0.88, 0.66);
    vec3 col = mix(fur, patchc, m);
    fragColor = vec4(col, 1.0);
}
