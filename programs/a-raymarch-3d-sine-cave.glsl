/*---
title: Trig Cave Crawl
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, cave, trigonometric, fog]
dialect: shadertoy
---*/
// An organic cave from a sum of products of sines; the camera creeps forward with lantern light.
float map(vec3 p) {
    float d = 1.2 - length(p.xy - vec2(0.3 * sin(p.z * 0.5), 0.2 * cos(p.z * 0.4)));
    d += 0.25 * sin(p.x * 2.3) * sin(p.y * 2.1 + p.z) * sin(p.z * 1.7);
    d += 0.1 * sin(p.x * 5.0 + p.z * 4.0);
    return d * 0.7;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float z = iTime * 0.8;
    vec3 ro = vec3(0.3 * sin(z * 0.5), 0.2 * cos(z * 0.4), z);
    vec3 rd = normalize(vec3(uv, 1.2));
    float t = 0.0;
    for (int i = 0; i < 56; i++) {
        float d = map(ro + rd * t);
        if (d < 0.003 || t > 12.0) break;
        t += d;
    }
    vec3 p = ro + rd * t;
    vec2 e = vec2(0.01, 0.0);
    vec3 n = normalize(vec3(map(p + e.xyy) - map(p - e.xyy), map(p + e.yxy) - map(p - e.yxy), map(p + e.yyx) - map(p - e.yyx)));
    vec3 l = normalize(ro - p);
    float dif = clamp(dot(n, l), 0.0, 1.0);
    vec3 alb = mix(vec3(0.6, 0.35, 0.25), vec3(0.3, 0.55, 0.5), 0.5 + 0.5 * sin(p.z * 0.7 + p.y * 3.0));
    alb = mix(alb, vec3(0.85, 0.75, 0.45), smoothstep(0.6, 0.9, sin(p.x * 7.0 + p.y * 5.0)));
    vec3 col = alb * (0.2 + 1.1 * dif / (1.0 + 0.15 * t * t));
    col = mix(col, vec3(0.25, 0.2, 0.4), 1.0 - exp(-0.1 * t));
    fragColor = vec4(col, 1.0);
}
