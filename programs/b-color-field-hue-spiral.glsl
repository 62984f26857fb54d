/*---
title: Hue Spiral
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [spiral, hue, polar]
dialect: shadertoy
---*/
// an Archimedean spiral of hue; saturation shifts across the arms
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float r = length(uv);
    float a = atan(uv.y, uv.x) / 6.2832;
    float s = fract(a + r * 1.5 - iTime * 0.1);
    vec3 col = 0.5 + 0.5 * cos(6.2832 * (s + vec3(0.0, 0.33, 0.67)));
    float arm = fract(a * 3.0 - r * 2.0 + iTime * 0.05);
    col = mix(col, vec3(dot(col, vec3(0.33))), 0.35 * smoothstep(0.3, 0.7, arm));
    col *= 0.85 + 0.15 * cos(r * 6.0);
    fragColor = vec4(col, 1.0);
}
