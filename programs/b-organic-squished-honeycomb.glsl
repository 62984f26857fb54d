/*---
title: Squished Honeycomb
author: shadertrain project
license: CC0-1.0
family: organic
tags: [hexagonal, cells, wax]
dialect: shadertoy
---*/
// honeycomb cells distorted by a slow swelling field; each cell filled with amber to a level
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 4.0;
    p += 0.3 * vec2(sin(uv.y * 2.0 + iTime * 0.4), sin(uv.x * 2.5 - iTime * 0.3));
    vec2 s = vec2(1.0, 1.7320508);
    vec2 a = mod(p, s) - 0.5 * s;
    vec2 b = mod(p - 0.5 * s, s) - 0.5 * s;
    vec2 h = dot(a, a) < dot(b, b) ? a : b;
    vec2 id = p - h;
    vec2 ah = abs(h);
    float hd = max(dot(ah, normalize(s)), ah.x);
    float level = 0.5 + 0.5 * sin(iTime * 0.5 + dot(id, vec2(0.9, 0.4)));
    float fill = step(h.y, mix(-0.45, 0.45, level));
    vec3 honey = mix(vec3(0.95, 0.6, 0.05), vec3(0.7, 0.3, 0.02), hd * 1.5);
    vec3 empty = vec3(0.98, 0.85, 0.5) * (0.6 + 0.6 * hd);
    vec3 col = mix(empty, honey, fill);
    col = mix(vec3(0.85, 0.7, 0.35), col, smoothstep(0.5, 0.44, hd));
    fragColor = vec4(col, 1.0);
}
