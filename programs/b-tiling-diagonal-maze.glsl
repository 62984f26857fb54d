/*---
title: Diagonal Maze Layers
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [truchet, diagonal, multiscale]
dialect: shadertoy
---*/
// two scales of diagonal-slash tiles overlaid, tiles flip over time
float hash(vec2 p) { return fract(sin(dot(p, vec2(27.17, 91.43))) * 31871.37); }
float slash(vec2 p, float t, out float hid) {
    vec2 id = floor(p);
    vec2 f = fract(p);
    hid = hash(id);
    float flip = step(0.5, fract(hid + floor(t + hid * 3.0) * 0.37));
    if (flip > 0.5) f.x = 1.0 - f.x;
    return abs(f.x - f.y) * 0.7071;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float h1, h2;
    float d1 = slash(uv * 4.0, iTime * 0.5, h1);
    float d2 = slash(uv * 9.0 + 3.1, iTime * 0.8 + 1.0, h2);
    vec3 col = mix(vec3(0.98, 0.85, 0.55), vec3(0.95, 0.45, 0.35), h1);
    col = mix(col, vec3(0.2, 0.35, 0.6) + 0.2 * h2, smoothstep(0.09, 0.05, d2) * 0.7);
    col = mix(col, vec3(0.1, 0.08, 0.2), smoothstep(0.1, 0.06, d1));
    col *= 0.85 + 0.15 * sin(uv.x * 3.0 + iTime);
    fragColor = vec4(col, 1.0);
}
