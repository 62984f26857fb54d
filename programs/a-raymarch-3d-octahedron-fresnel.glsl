/*---
title: Octahedron Fresnel Gem
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, octahedron, fresnel, gem]
dialect: shadertoy
---*/
// A spinning octahedron with faceted shading, Fresnel edge and a reflected gradient environment.
float map(vec3 p) {
    float a = iTime * 0.6;
    p.xz = mat2(cos(a), -sin(a), sin(a), cos(a)) * p.xz;
    p.xy = mat2(cos(a * 0.7), -sin(a * 0.7), sin(a * 0.7), cos(a * 0.7)) * p.xy;
    p = abs(p);
    return (p.x + p.y + p.z - 1.0) * 0.57735;
}
vec3 env(vec3 d) {
    return 0.5 + 0.5 * cos(6.2831 * (d.y * 0.5 + 0.3 * d.x + vec3(0.0, 0.2, 0.5)) + iTime * 0.3);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(0.0, 0.0, 3.5);
    vec3 rd = normalize(vec3(uv, -1.7));
    vec3 col = env(rd) * 0.6 + 0.2;
    float t = 0.0;
    for (int i = 0; i < 40; i++) {
        float d = map(ro + rd * t);
        if (d < 0.002 || t > 8.0) break;
        t += d;
    }
    if (t < 8.0) {
        vec3 p = ro + rd * t;
        vec2 e = vec2(0.002, 0.0);
        vec3 n = normalize(vec3(map(p + e.xyy) - map(p - e.xyy), map(p + e.yxy) - map(p - e.yxy), map(p + e.yyx) - map(p - e.yyx)));
        float fr = pow(1.0 - clamp(-dot(n, rd), 0.0, 1.0), 3.0);
        vec3 base = vec3(0.2, 0.55, 0.75) * (0.4 + 0.6 * clamp(dot(n, normalize(vec3(0.3, 0.8, 0.5))), 0.0, 1.0));
        col = mix(base, env(reflect(rd, n)), 0.35 + 0.65 * fr);
    }
    fragColor = vec4(col, 1.0);
}
