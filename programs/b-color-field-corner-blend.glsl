/*---
title: Corner Blend
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [bilinear, corners, gradient]
dialect: shadertoy
---*/
// four corner colours blended bilinearly; corners cycle through hues at different rates
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 st = fragCoord / iResolution.xy;
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 a = 0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + iTime * 0.3);
    vec3 b = 0.5 + 0.5 * cos(vec3(1.0, 3.0, 5.0) + iTime * 0.45 + 2.0);
    vec3 c = 0.5 + 0.5 * cos(vec3(4.0, 0.5, 2.5) - iTime * 0.25);
    vec3 d = 0.5 + 0.5 * cos(vec3(2.0, 5.0, 0.0) + iTime * 0.35 + 4.0);
    vec2 w = st + 0.08 * vec2(sin(uv.y * 3.0 + iTime), cos(uv.x * 3.0 - iTime));
    w = smoothstep(0.0, 1.0, clamp(w, 0.0, 1.0));
    vec3 col = mix(mix(a, b, w.x), mix(c, d, w.x), w.y);
    col *= 0.9 + 0.1 * sin(length(uv) * 12.0 - iTime);
    fragColor = vec4(col, 1.0);
}
