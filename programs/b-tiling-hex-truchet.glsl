/*---
title: Hex Truchet Ribbons
author: shadertrain project
license: CC0-1.0
family: tiling
tags: [truchet, hexagonal, ribbons]
dialect: shadertoy
---*/
// hexagonal Truchet: three arcs per tile at alternating corners, rotated by a hash
float hash(vec2 p) { return fract(sin(dot(p, vec2(113.1, 17.7))) * 9173.21); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.0 + vec2(iTime * 0.15, iTime * 0.1);
    vec2 s = vec2(1.0, 1.7320508);
    vec2 a = mod(p, s) - 0.5 * s;
    vec2 b = mod(p - 0.5 * s, s) - 0.5 * s;
    vec2 h = dot(a, a) < dot(b, b) ? a : b;
    vec2 id = p - h;
    float rnd = hash(floor(id * 2.0 + 0.5));
    float rotA = (rnd > 0.5 ? 1.0 : 0.0) * 1.0472;
    float d = 1e3;
    float which = 0.0;
    for (int k = 0; k < 3; k++) {
        float ang = rotA + float(k) * 2.0944;
        vec2 c = vec2(cos(ang), sin(ang)) * 0.57735;
        float dk = abs(length(h - c) - 0.288675);
        if (dk < d) { d = dk; which = float(k); }
    }
    float band = smoothstep(0.11, 0.08, d);
    vec3 bg = vec3(0.95, 0.9, 0.8) - 0.15 * vec3(rnd, 0.5, 1.0 - rnd);
    vec3 rib = 0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + which * 1.3 + rnd * 3.0 + iTime * 0.4);
    vec3 col = mix(bg, rib, band);
    col *= 1.0 - 0.4 * smoothstep(0.06, 0.11, d) * band;
    fragColor = vec4(col, 1.0);
}
