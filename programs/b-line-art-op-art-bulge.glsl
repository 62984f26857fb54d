/*---
title: Op Art Bulge
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [op-art, stripes, distortion]
dialect: shadertoy
---*/
// black-and-colour stripes bent around a moving lens, in the manner of optical art
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = 0.5 * vec2(sin(iTime * 0.4), cos(iTime * 0.3));
    vec2 d = uv - c;
    float k = exp(-dot(d, d) * 3.0);
    vec2 p = uv - d * k * 0.6;
    float sx = step(0.5, fract(p.x * 6.0));
    float sy = step(0.5, fract(p.y * 6.0));
    float chk = abs(sx - sy);
    vec3 a = vec3(0.05, 0.05, 0.08);
    vec3 b = mix(vec3(0.95, 0.95, 0.9), vec3(0.95, 0.3, 0.35), k);
    vec3 col = mix(a, b, chk);
    fragColor = vec4(col, 1.0);
}
