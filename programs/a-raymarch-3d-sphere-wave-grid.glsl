/*---
title: Sphere Wave Grid
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, spheres, wave, grid]
dialect: shadertoy
---*/
// A grid of small spheres rising and falling in a radial wave over a floor; height sets the hue.
float map(vec3 p) {
    vec2 id = floor(p.xz / 0.6 + 0.5);
    id = clamp(id, vec2(-6.0), vec2(6.0));
    vec2 c = id * 0.6;
    float y = 0.35 + 0.3 * sin(length(id) * 0.9 - iTime * 2.5);
    float s = length(p - vec3(c.x, y, c.y)) - 0.22;
    return min(s, p.y + 0.05);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float a = 0.6 + iTime * 0.1;
    vec3 ro = vec3(4.5 * sin(a), 2.5, 4.5 * cos(a));
    vec3 fw = normalize(vec3(0.0, 0.2, 0.0) - ro);
    vec3 rt = normalize(cross(fw, vec3(0.0, 1.0, 0.0)));
    vec3 rd = normalize(uv.x * rt + uv.y * cross(rt, fw) + 1.8 * fw);
    float t = 0.0;
    for (int i = 0; i < 64; i++) {
        float d = map(ro + rd * t);
        if (d < 0.003 || t > 14.0) break;
        t += d;
    }
    vec3 p = ro + rd * t;
    vec2 e = vec2(0.003, 0.0);
    vec3 n = normalize(vec3(map(p + e.xyy) - map(p - e.xyy), map(p + e.yxy) - map(p - e.yxy), map(p + e.yyx) - map(p - e.yyx)));
    vec3 alb = p.y < -0.04 ? vec3(0.25, 0.3, 0.45) : 0.5 + 0.5 * cos(6.2831 * (p.y * 0.9 + vec3(0.6, 0.8, 0.0)));
    vec3 col = alb * (0.35 + 0.75 * clamp(dot(n, normalize(vec3(-0.4, 0.9, 0.3))), 0.0, 1.0));
    col = mix(col, vec3(0.75, 0.8, 0.95), 1.0 - exp(-0.015 * t * t));
    fragColor = vec4(col, 1.0);
}
