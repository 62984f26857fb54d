/*---
title: Cell Particles
author: shadertrain project
license: CC0-1.0
family: flow
tags: [particles, trails, grid]
dialect: shadertoy
---*/
// one particle per cell, orbiting on its own path; trails drawn from a few past positions
float hash(vec2 p) { return fract(sin(dot(p, vec2(19.3, 71.9))) * 39181.7); }
vec2 ppos(vec2 id, float t) {
    float h = hash(id);
    return vec2(0.5) + 0.35 * vec2(cos(t * (0.8 + h) + h * 6.0), sin(t * (1.1 + h * 0.5) + h * 3.0));
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.2;
    vec3 col = mix(vec3(0.1, 0.25, 0.4), vec3(0.4, 0.15, 0.4), uv.y * 0.5 + 0.5) * (0.8 + 0.2 * sin(uv.x * 2.0 + iTime * 0.3));
    for (int j = -1; j <= 1; j++)
    for (int i = -1; i <= 1; i++) {
        vec2 id = floor(p) + vec2(float(i), float(j));
        vec3 c = 0.55 + 0.45 * cos(vec3(0.0, 2.0, 4.0) + hash(id + 1.3) * 6.0);
        for (int k = 0; k < 5; k++) {
            float tk = iTime - float(k) * 0.12;
            vec2 pp = id + ppos(id, tk);
            float d = length(p - pp);
            col += c * (1.0 - float(k) * 0.18) * (smoothstep(0.2, 0.0, d) * 0.7 + 0.15 * exp(-d * 6.0));
        }
    }
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
