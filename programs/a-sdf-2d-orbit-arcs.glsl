/*---
title: Orbiting Arc Segments
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, arcs, rings, orbit]
dialect: shadertoy
---*/
// Concentric ring arcs of varying aperture rotate at different speeds, like a mechanical dial.
float sdArc(vec2 p, float ra, float aperture, float th) {
    float a = atan(p.y, p.x);
    float r = length(p);
    float inside = step(abs(a), aperture);
    float dr = abs(r - ra) - th;
    vec2 e = ra * vec2(cos(aperture), sin(aperture));
    float de = length(vec2(p.x, abs(p.y)) - e) - th;
    return inside > 0.5 ? dr : de;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.05, 0.12, 0.25), vec3(0.25, 0.1, 0.3), length(uv) * 0.6);
    col += 0.06 * sin(length(uv) * 60.0);
    for (int i = 0; i < 8; i++) {
        float fi = float(i);
        float ang = iTime * (0.3 + 0.2 * fi) * (mod(fi, 2.0) * 2.0 - 1.0) + fi;
        vec2 p = mat2(cos(ang), -sin(ang), sin(ang), cos(ang)) * uv;
        float d = sdArc(p, 0.15 + 0.13 * fi, 0.6 + 0.35 * sin(iTime * 0.5 + fi), 0.035);
        vec3 c = 0.55 + 0.45 * cos(6.2831 * (fi * 0.11 + vec3(0.0, 0.3, 0.6)));
        col = mix(col, c, smoothstep(0.01, -0.01, d));
        col += c * 0.02 / (abs(d) + 0.02) * 0.3;
    }
    fragColor = vec4(col, 1.0);
}
