/*---
title: Star Polygon Isolines
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, star, polygon, isolines]
dialect: shadertoy
---*/
// A rotating n-pointed star built from a folded wedge; point count morphs and the field is contoured.
float sdStar(vec2 p, float r, float n, float inner) {
    float an = 3.1415927 / n;
    float a = atan(p.y, p.x);
    float b = mod(a + an, 2.0 * an) - an;
    vec2 q = length(p) * vec2(cos(b), abs(sin(b)));
    vec2 tip = vec2(r, 0.0);
    vec2 v = vec2(r * inner * cos(an), r * inner * sin(an));
    vec2 e = v - tip;
    vec2 w = q - tip;
    float h = clamp(dot(w, e) / dot(e, e), 0.0, 1.0);
    float d = length(w - e * h);
    float s = e.x * w.y - e.y * w.x;
    return s > 0.0 ? -d : d;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float a = iTime * 0.3;
    vec2 p = mat2(cos(a), -sin(a), sin(a), cos(a)) * uv;
    float n = 5.0 + floor(mod(iTime * 0.25, 4.0));
    float d = sdStar(p, 0.8, n, 0.45 + 0.1 * sin(iTime));
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (d * 1.5 + vec3(0.0, 0.15, 0.3)) + iTime * 0.5);
    col *= 0.8 + 0.2 * smoothstep(0.2, 0.3, abs(fract(d * 8.0) - 0.5) * 2.0 + 0.25);
    col = mix(vec3(1.0, 0.95, 0.7), col, smoothstep(0.0, 0.02, abs(d)));
    fragColor = vec4(col, 1.0);
}
