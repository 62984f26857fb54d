/*---
title: Iridescent Scales
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, scales, iridescent, shading]
dialect: shadertoy
---*/
// Cells on a staggered grid shaded as overlapping scales with a thin-film iridescent tint.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(27.1, 61.7)), dot(p, vec2(87.3, 19.9)))) * 43758.5); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.5 + vec2(0.0, iTime * 0.3);
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0; vec2 rel = vec2(0.0); vec2 id = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 c = ip + g;
        vec2 o = vec2(0.5 + 0.5 * mod(c.y, 2.0), 0.2) + 0.08 * (h2(c) - 0.5);
        vec2 r = g + o - fp;
        float d = length(r * vec2(1.0, 1.3)) - 0.1 * r.y;
        if (d < d1) { d1 = d; rel = r; id = c; }
    }
    float film = d1 * 3.0 + 0.3 * sin(iTime + id.x * 0.5) + uv.x * 0.5;
    vec3 irid = 0.5 + 0.5 * cos(6.2831 * (film + vec3(0.0, 0.33, 0.67)));
    vec3 col = mix(vec3(0.1, 0.35, 0.45), irid, 0.6) * (1.1 - 0.8 * d1);
    col += 0.25 * smoothstep(0.3, 0.0, abs(rel.y + 0.15)) * smoothstep(0.5, 0.0, d1);
    fragColor = vec4(col, 1.0);
}
