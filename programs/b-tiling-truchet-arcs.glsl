/*---
title: Truchet Arc Maze
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [truchet, arcs, grid]
dialect: shadertoy
---*/
// quarter-circle Truchet tiles; each path coloured by a hash of its tile and flowing dashes
float hash(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.5 + vec2(0.0, iTime * 0.2);
    vec2 id = floor(p);
    vec2 f = fract(p) - 0.5;
    float h = hash(id);
    if (h > 0.5) f.x = -f.x;
    vec2 c = f.x + f.y > 0.0 ? vec2(0.5) : vec2(-0.5);
    vec2 q = f - c;
    float d = abs(length(q) - 0.5);
    float ang = atan(q.y, q.x);
    float dash = sin(ang * 8.0 - iTime * 4.0 * (h > 0.5 ? 1.0 : -1.0));
    vec3 bg = vec3(0.12, 0.16, 0.3) + 0.15 * cos(vec3(0.0, 1.0, 2.0) + h * 6.0);
    vec3 line = 0.55 + 0.45 * cos(vec3(0.0, 2.0, 4.0) + h * 4.0 + iTime * 0.3);
    float w = smoothstep(0.16, 0.12, d);
    vec3 col = mix(bg, line * (0.8 + 0.2 * dash), w);
    col = mix(col, vec3(1.0), smoothstep(0.03, 0.0, abs(d - 0.14)) * 0.5);
    fragColor = vec4(col, 1.0);
}
