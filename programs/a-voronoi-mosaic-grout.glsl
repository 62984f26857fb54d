/*---
title: Grouted Mosaic
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [mosaic, tiles, grout, bevel]
dialect: shadertoy
---*/
// Dense Voronoi tesserae with grout gaps, bevel shading and a slowly cycling tri-tone palette.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(311.7, 127.1)), dot(p, vec2(183.3, 269.5)))) * 24634.6345); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 5.0 + vec2(0.0, iTime * 0.2);
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0, d2 = 9.0; vec2 id = vec2(0.0); vec2 rel = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 o = 0.15 + 0.7 * h2(ip + g);
        vec2 r = g + o - fp;
        float d = dot(r, r);
        if (d < d1) { d2 = d1; d1 = d; id = ip + g; rel = r; } else if (d < d2) d2 = d;
    }
    float e = sqrt(d2) - sqrt(d1);
    float k = h2(id).x;
    vec3 a = vec3(0.95, 0.45, 0.2), b = vec3(0.15, 0.5, 0.75), c = vec3(0.95, 0.85, 0.55);
    float s = fract(k + iTime * 0.05);
    vec3 tile = s < 0.33 ? a : (s < 0.66 ? b : c);
    tile *= 0.8 + 0.3 * dot(normalize(rel + 1e-4), vec2(0.6, 0.8)) * smoothstep(0.0, 0.4, sqrt(d1));
    vec3 col = mix(vec3(0.75, 0.72, 0.68), tile, smoothstep(0.05, 0.1, e));
    fragColor = vec4(col, 1.0);
}
