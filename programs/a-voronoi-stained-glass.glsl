/*---
title: Stained Glass Cells
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, stained-glass, borders, light]
dialect: shadertoy
---*/
// Voronoi cells as glass panes: saturated per-cell colour, lead came borders and a sweeping light.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(127.1, 311.7)), dot(p, vec2(269.5, 183.3)))) * 43758.5453); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.6;
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0; vec2 id = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 o = 0.5 + 0.35 * sin(iTime * 0.3 + 6.2831 * h2(ip + g));
        float d = length(g + o - fp);
        if (d < d1) { d2 = d1; d1 = d; id = ip + g; } else if (d < d2) d2 = d;
    }
    vec2 r = h2(id * 1.7);
    vec3 glass = 0.5 + 0.5 * cos(6.2831 * (r.x + vec3(0.0, 0.33, 0.67)));
    glass = mix(glass, glass * glass, 0.4);
    float light = 0.6 + 0.6 * smoothstep(0.6, 0.0, abs(uv.x + uv.y - 2.0 * sin(iTime * 0.4)));
    vec3 col = glass * light * (0.8 + 0.2 * r.y);
    col = mix(vec3(0.08, 0.07, 0.06), col, smoothstep(0.02, 0.07, d2 - d1));
    fragColor = vec4(col, 1.0);
}
