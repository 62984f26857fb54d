/*---
title: Running Bond Bricks
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [bricks, offset, masonry]
dialect: shadertoy
---*/
// running-bond brickwork with varied clay tones and a light sweep
float hash(vec2 p) { return fract(sin(dot(p, vec2(93.7, 21.3))) * 5711.17); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * vec2(3.0, 6.0) + vec2(iTime * 0.2, 0.0);
    float row = floor(p.y);
    p.x += 0.5 * mod(row, 2.0);
    vec2 id = floor(p);
    vec2 f = fract(p);
    float h = hash(id);
    vec2 e = min(f, 1.0 - f) * vec2(3.0, 6.0) / 6.0;
    float m = smoothstep(0.04, 0.1, min(e.x * 2.0, e.y));
    vec3 brick = mix(vec3(0.7, 0.25, 0.15), vec3(0.9, 0.6, 0.35), h);
    brick = mix(brick, vec3(0.4, 0.3, 0.55), step(0.9, h));
    brick *= 0.85 + 0.15 * sin(f.x * 20.0 + h * 40.0) * sin(f.y * 13.0);
    vec3 mortar = vec3(0.82, 0.8, 0.72);
    vec3 col = mix(mortar, brick, m);
    col *= 0.75 + 0.35 * smoothstep(-1.0, 1.0, sin(uv.x * 1.5 - uv.y + iTime));
    fragColor = vec4(col, 1.0);
}
