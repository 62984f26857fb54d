/*---
title: Rain Streaks
author: shadertrain project
license: CC0-1.0
family: flow
tags: [rain, streaks, layers]
dialect: shadertoy
---*/
// three depth layers of slanted falling streaks over a city-dusk gradient
float hash(float n) { return fract(sin(n * 12.989) * 43758.545); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.35, 0.2, 0.45), vec3(0.1, 0.25, 0.4), uv.y * 0.5 + 0.5);
    col += 0.25 * vec3(0.9, 0.5, 0.3) * exp(-abs(uv.y + 0.7) * 3.0);
    for (int l = 0; l < 3; l++) {
        float fl = float(l);
        float sc = 8.0 + fl * 6.0;
        vec2 p = uv * vec2(sc, sc * 0.25);
        p.x += p.y * 0.6;
        float colId = floor(p.x);
        float sp = 2.0 + hash(colId + fl * 17.0) * 2.0;
        float y = p.y + iTime * sp * (1.0 + fl * 0.3) + hash(colId * 1.7 + fl) * 10.0;
        float f = fract(y);
        float x = fract(p.x) - 0.5;
        float drop = smoothstep(0.12, 0.0, abs(x)) * smoothstep(0.0, 0.5, f) * step(f, 0.9) * step(0.4, hash(colId + floor(y) * 3.1));
        col += drop * (0.5 - fl * 0.12) * vec3(0.7, 0.85, 1.0);
    }
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
