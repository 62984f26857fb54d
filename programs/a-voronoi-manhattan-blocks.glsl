/*---
title: Manhattan Metric Blocks
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, manhattan, l1-metric, angular]
dialect: shadertoy
---*/
// Voronoi under the L1 metric: diagonal-edged districts with a city-map palette and street borders.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(93.1, 17.3)), dot(p, vec2(51.7, 77.9)))) * 15731.5); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0 + vec2(iTime * 0.15, iTime * 0.05);
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0; vec2 id = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 o = 0.5 + 0.45 * sin(iTime * 0.4 + 6.2831 * h2(ip + g));
        vec2 r = abs(g + o - fp);
        float d = r.x + r.y;
        if (d < d1) { d2 = d1; d1 = d; id = ip + g; } else if (d < d2) d2 = d;
    }
    float k = h2(id).y;
    vec3 col = mix(vec3(0.95, 0.8, 0.55), vec3(0.55, 0.8, 0.45), step(0.5, k));
    col = mix(col, vec3(0.6, 0.7, 0.95), step(0.8, k));
    col *= 0.85 + 0.15 * sin(d1 * 25.0);
    col = mix(vec3(0.95, 0.95, 0.9), col, smoothstep(0.03, 0.08, d2 - d1));
    col = mix(vec3(0.9, 0.3, 0.25), col, smoothstep(0.0, 0.03, d2 - d1));
    fragColor = vec4(col, 1.0);
}
