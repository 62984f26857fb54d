/*---
title: Neon Skyline Scene
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [scene, city, boxes, windows]
dialect: shadertoy
---*/
// Two parallax rows of box buildings with lit windows, under a gradient sky with a band of aurora.
float hh(float x) { return fract(sin(x * 91.7) * 4371.3); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.9, 0.35, 0.45), vec3(0.15, 0.1, 0.4), smoothstep(-0.6, 1.0, uv.y));
    col += vec3(0.1, 0.6, 0.5) * smoothstep(0.2, 0.0, abs(uv.y - 0.6 - 0.1 * sin(uv.x * 3.0 + iTime))) * 0.6;
    for (int layer = 0; layer < 2; layer++) {
        float fl = float(layer);
        float sc = 4.0 + fl * 3.0;
        float x = uv.x * sc + iTime * (0.3 + fl * 0.4);
        float bid = floor(x);
        float fx = fract(x);
        float h = -0.2 - fl * 0.35 + 0.7 * hh(bid + fl * 17.0);
        float w = 0.35 + 0.12 * hh(bid + 3.0);
        float inB = step(abs(fx - 0.5), w) * step(uv.y, h);
        vec3 bcol = mix(vec3(0.25, 0.15, 0.35), vec3(0.08, 0.06, 0.15), fl);
        vec2 win = vec2(fx * 6.0, uv.y * sc * 1.5);
        float lit = step(0.45, hh(floor(win.x) + floor(win.y) * 13.0 + bid * 7.0 + floor(iTime * 0.5)));
        float wmask = step(0.3, fract(win.x)) * step(0.35, fract(win.y));
        vec3 wc = mix(vec3(1.0, 0.8, 0.3), vec3(0.4, 0.9, 1.0), hh(bid));
        bcol += wc * lit * wmask * 0.8;
        col = mix(col, bcol, inB);
    }
    fragColor = vec4(col, 1.0);
}
