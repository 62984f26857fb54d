/*---
title: Smooth Voronoi Blobs
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [smooth-voronoi, blobs, exponential, soft]
dialect: shadertoy
---*/
// Exponentially blended distances to seeds give a soft, rounded Voronoi, coloured by blended seed hues.
vec2 h2(vec2 p) { return fract(sin(vec2(dot(p, vec2(12.7, 71.1)), dot(p, vec2(63.3, 23.9)))) * 29871.7); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.5;
    vec2 ip = floor(p), fp = fract(p);
    float k = 10.0;
    float wsum = 0.0; vec3 csum = vec3(0.0);
    for (int y = -2; y <= 2; y++)
    for (int x = -2; x <= 2; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 r = h2(ip + g);
        vec2 o = 0.5 + 0.4 * sin(iTime * 0.6 + 6.2831 * r);
        float d = length(g + o - fp);
        float w = exp(-k * d);
        wsum += w;
        csum += w * (0.5 + 0.5 * cos(6.2831 * (r.x + vec3(0.0, 0.3, 0.6))));
    }
    float sd = -log(wsum) / k;
    vec3 col = csum / wsum;
    col *= 0.55 + 0.9 * smoothstep(0.5, -0.1, sd);
    col += vec3(1.0, 0.95, 0.9) * pow(smoothstep(0.25, -0.3, sd), 4.0) * 0.35;
    fragColor = vec4(col, 1.0);
}
