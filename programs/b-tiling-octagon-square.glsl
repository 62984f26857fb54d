/*---
title: Octagons and Squares
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [semiregular, octagon, 4.8.8]
dialect: shadertoy
---*/
// truncated square tiling (4.8.8): octagons per cell, small squares at the corners
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0 + vec2(iTime * 0.25, 0.1 * iTime);
    vec2 id = floor(p);
    vec2 f = fract(p) - 0.5;
    vec2 a = abs(f);
    float oct = max(max(a.x, a.y), (a.x + a.y) * 0.7071);
    float inOct = step(oct, 0.5 - 0.0);
    float octR = 0.4142 * 0.5 / 0.7071 + 0.5 * 0.7071;
    float d = (a.x + a.y) * 0.7071 - 0.5 * 0.7071 - 0.2071 * 0.7071 * 0.7;
    float isOct = step(d, 0.0);
    vec3 cOct = 0.5 + 0.5 * cos(vec3(0.0, 1.0, 2.0) * 1.7 + dot(id, vec2(0.9, 1.3)) + iTime * 0.5);
    vec3 cSq = vec3(0.95, 0.85, 0.4) * (0.7 + 0.3 * sin(iTime * 2.0 + dot(id, vec2(1.0))));
    vec3 col = mix(cSq, cOct, isOct);
    float rings = 0.5 + 0.5 * sin(oct * 40.0 - iTime * 3.0);
    col *= 0.75 + 0.25 * rings * isOct;
    float edge = min(abs(d), 0.5 - max(a.x, a.y));
    col *= 0.5 + 0.5 * smoothstep(0.0, 0.03, edge);
    fragColor = vec4(col * inOct + (1.0 - inOct) * cSq, 1.0);
}
