/*---
title: Sliced Foam Volume
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, 3d, slice, foam]
dialect: shadertoy
---*/
// A plane moving through 3D Voronoi: cells are born, grow and vanish as the slice advances.
vec3 h3(vec3 p) {
    p = vec3(dot(p, vec3(127.1, 311.7, 74.7)), dot(p, vec3(269.5, 183.3, 246.1)), dot(p, vec3(113.5, 271.9, 124.6)));
    return fract(sin(p) * 43758.5453);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 p = vec3(uv * 2.5, iTime * 0.3);
    vec3 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0; vec3 id = vec3(0.0);
    for (int z = -1; z <= 1; z++)
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec3 g = vec3(float(x), float(y), float(z));
        vec3 r = g + h3(ip + g) - fp;
        float d = dot(r, r);
        if (d < d1) { d2 = d1; d1 = d; id = ip + g; } else if (d < d2) d2 = d;
    }
    float e = sqrt(d2) - sqrt(d1);
    vec3 c = 0.55 + 0.45 * cos(6.2831 * (h3(id).x * 0.7 + vec3(0.3, 0.5, 0.7)));
    vec3 col = c * (0.5 + 0.6 * sqrt(d1));
    col = mix(vec3(1.0, 0.98, 0.92), col, smoothstep(0.0, 0.08, e));
    fragColor = vec4(col, 1.0);
}
