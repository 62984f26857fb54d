/*---
title: Pulsing Pillar Field
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, columns, repetition, heights]
dialect: shadertoy
---*/
// A field of square pillars whose heights follow a travelling wave, seen from above at an angle.
float sdBox(vec3 p, vec3 b) { vec3 q = abs(p) - b; return length(max(q, 0.0)) + min(max(q.x, max(q.y, q.z)), 0.0); }
float height(vec2 id) { return 0.4 + 0.35 * sin(iTime * 1.5 + length(id) * 0.8); }
float map(vec3 p) {
    vec2 id = floor(p.xz / 0.5 + 0.5);
    vec3 q = vec3(p.x - id.x * 0.5, p.y, p.z - id.y * 0.5);
    float h = height(id);
    return min(sdBox(q - vec3(0.0, h * 0.5, 0.0), vec3(0.17, h * 0.5, 0.17)) * 0.8, p.y);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float a = iTime * 0.15;
    vec3 ro = vec3(4.0 * sin(a), 3.0, 4.0 * cos(a));
    vec3 fw = normalize(-ro);
    vec3 rt = normalize(cross(fw, vec3(0.0, 1.0, 0.0)));
    vec3 up = cross(rt, fw);
    vec3 rd = normalize(uv.x * rt + uv.y * up + 1.8 * fw);
    float t = 0.0;
    for (int i = 0; i < 64; i++) {
        float d = map(ro + rd * t);
        if (d < 0.003 || t > 14.0) break;
        t += d;
    }
    vec3 p = ro + rd * t;
    vec2 e = vec2(0.003, 0.0);
    vec3 n = normalize(vec3(map(p + e.xyy) - map(p - e.xyy), map(p + e.yxy) - map(p - e.yxy), map(p + e.yyx) - map(p - e.yyx)));
    vec2 id = floor(p.xz / 0.5 + 0.5);
    vec3 alb = 0.5 + 0.5 * cos(6.2831 * (p.y * 0.8 + vec3(0.0, 0.2, 0.45)));
    if (p.y < 0.01) alb = vec3(0.2, 0.22, 0.35);
    vec3 col = alb * (0.3 + 0.7 * clamp(dot(n, normalize(vec3(0.4, 0.9, 0.2))), 0.0, 1.0));
    col = mix(col, vec3(0.8, 0.75, 0.95), 1.0 - exp(-0.02 * t * t));
    fragColor = vec4(col, 1.0);
}
