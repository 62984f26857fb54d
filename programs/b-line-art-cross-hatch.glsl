/*---
title: Cross Hatching
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [hatching, shading, pen]
dialect: shadertoy
---*/
// a lit sphere-like shape shaded only with layers of hatching lines at different angles
float hatch(vec2 p, float a, float dens) {
    float x = dot(p, vec2(cos(a), sin(a))) * dens;
    return smoothstep(0.3, 0.15, abs(fract(x) - 0.5));
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = vec2(0.3 * sin(iTime * 0.4), 0.15 * cos(iTime * 0.3));
    float d = length(uv - c);
    vec3 n = vec3(uv - c, sqrt(max(0.0, 0.64 - d * d)));
    vec3 l = normalize(vec3(cos(iTime * 0.5), 0.6, 0.8));
    float shade = d < 0.8 ? max(dot(normalize(n), l), 0.0) : 0.35 + 0.15 * uv.y;
    float ink = 0.0;
    if (shade < 0.8) ink = max(ink, hatch(uv, 0.8, 10.0));
    if (shade < 0.55) ink = max(ink, hatch(uv, -0.8, 10.0));
    if (shade < 0.3) ink = max(ink, hatch(uv, 0.0, 14.0));
    if (shade < 0.12) ink = max(ink, hatch(uv, 1.57, 14.0));
    vec3 paper = vec3(0.98, 0.93, 0.8);
    vec3 pen = d < 0.8 ? vec3(0.15, 0.2, 0.5) : vec3(0.55, 0.2, 0.15);
    vec3 col = mix(paper, pen, ink);
    col = mix(col, pen, smoothstep(0.015, 0.0, abs(d - 0.8)));
    fragColor = vec4(col, 1.0);
}
