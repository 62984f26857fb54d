/*---
title: Gradient Mapped Clouds
author: shadertrain project
license: CC0-1.0
family: color-field
tags: [gradient-map, fbm, clouds]
dialect: shadertoy
---*/
// fbm clouds mapped through a five-stop gradient (ink, plum, coral, gold, cream)
float hash(vec2 p) { return fract(sin(dot(p, vec2(17.1, 113.7))) * 91733.1); }
float vnoise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), f.x), mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), f.x), f.y);
}
vec3 gmap(float t) {
    vec3 c0 = vec3(0.08, 0.07, 0.2), c1 = vec3(0.45, 0.15, 0.45), c2 = vec3(0.95, 0.4, 0.35), c3 = vec3(0.98, 0.75, 0.2), c4 = vec3(1.0, 0.96, 0.85);
    t = clamp(t, 0.0, 1.0) * 4.0;
    if (t < 1.0) return mix(c0, c1, t);
    if (t < 2.0) return mix(c1, c2, t - 1.0);
    if (t < 3.0) return mix(c2, c3, t - 2.0);
    return mix(c3, c4, t - 3.0);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.0 + vec2(iTime * 0.15, 0.0);
    float s = 0.0, a = 0.5;
    for (int i = 0; i < 5; i++) { s += a * vnoise(p); p = p * 2.0 + vec2(0.3, 1.7) + iTime * 0.05; a *= 0.5; }
    fragColor = vec4(gmap(s * 1.4 - 0.2), 1.0);
}
