/*---
title: Sine Dune Flyover
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, heightfield, terrain, sky]
dialect: shadertoy
---*/
// A heightfield of summed rotated sines marched with a relaxed step, under a sunset sky.
float hgt(vec2 p) {
    float h = 0.4 * sin(p.x * 0.7) * sin(p.y * 0.6);
    h += 0.2 * sin(dot(p, vec2(1.3, 0.9)) + 1.0);
    h += 0.08 * sin(dot(p, vec2(-2.7, 3.1)));
    return h;
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 ro = vec3(0.0, 1.2, iTime * 1.5);
    vec3 rd = normalize(vec3(uv.x, uv.y - 0.3, 1.3));
    vec3 sky = mix(vec3(1.0, 0.55, 0.3), vec3(0.3, 0.3, 0.7), clamp(rd.y * 2.5, 0.0, 1.0));
    sky += vec3(1.0, 0.8, 0.4) * pow(clamp(dot(rd, normalize(vec3(0.0, 0.15, 1.0))), 0.0, 1.0), 16.0);
    float t = 0.1; bool hit = false;
    for (int i = 0; i < 56; i++) {
        vec3 p = ro + rd * t;
        float d = p.y - hgt(p.xz);
        if (d < 0.01) { hit = true; break; }
        t += max(d * 0.6, 0.02);
        if (t > 25.0) break;
    }
    vec3 col = sky;
    if (hit) {
        vec3 p = ro + rd * t;
        float e = 0.05;
        vec3 n = normalize(vec3(hgt(p.xz - vec2(e, 0.0)) - hgt(p.xz + vec2(e, 0.0)), 2.0 * e, hgt(p.xz - vec2(0.0, e)) - hgt(p.xz + vec2(0.0, e))));
        float dif = clamp(dot(n, normalize(vec3(0.0, 0.5, 1.0))), 0.0, 1.0);
        vec3 alb = mix(vec3(0.85, 0.45, 0.3), vec3(0.95, 0.75, 0.5), smoothstep(-0.4, 0.5, p.y));
        col = alb * (0.3 + 0.8 * dif);
        col = mix(col, sky, 1.0 - exp(-0.006 * t * t));
    }
    fragColor = vec4(col, 1.0);
}
