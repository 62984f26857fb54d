/*---
title: Beat Stripes
author: shadertrain project
license: CC0-1.0
family: waves
tags: [beats, frequency, stripes]
dialect: shadertoy
---*/
// two close spatial frequencies along rotating axes produce slow beat envelopes
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float a1 = 0.2 * iTime;
    float a2 = -0.13 * iTime + 1.0;
    float x1 = dot(uv, vec2(cos(a1), sin(a1)));
    float x2 = dot(uv, vec2(cos(a2), sin(a2)));
    float w1 = sin(x1 * 30.0 - iTime * 2.0);
    float w2 = sin(x1 * 33.0 - iTime * 2.4);
    float w3 = sin(x2 * 20.0 + iTime);
    float env = 0.5 * (w1 + w2);
    vec3 col = 0.5 + 0.5 * cos(vec3(0.0, 1.0, 2.0) + 2.0 * env + w3 * 0.7 + vec3(0.0, 0.5, 1.5));
    col *= 0.7 + 0.3 * abs(cos(x1 * 1.5 - iTime * 0.2));
    fragColor = vec4(col, 1.0);
}
