/*---
title: Stream Lines
author: shadertrain project
license: CC0-1.0
family: line-art
tags: [streamlines, stream-function, lines]
dialect: shadertoy
---*/
// contour lines of a moving stream function: streamlines around drifting vortices
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float psi = uv.y * 1.2;
    for (int i = 0; i < 4; i++) {
        float fi = float(i);
        vec2 c = vec2(mod(fi * 0.9 + iTime * 0.2, 3.6) - 1.8, 0.5 * sin(fi * 2.0 + iTime * 0.3));
        float s = mod(fi, 2.0) * 2.0 - 1.0;
        psi += s * 0.35 * log(length(uv - c) + 0.05);
    }
    float x = psi * 10.0;
    float line = smoothstep(0.08, 0.0, abs(fract(x) - 0.5) - 0.35);
    vec3 bg = 0.5 + 0.35 * cos(vec3(0.0, 1.0, 2.0) + psi * 1.5 + 3.5);
    vec3 col = mix(bg, vec3(0.05, 0.05, 0.12), line * 0.85);
    fragColor = vec4(col, 1.0);
}
