/*---
title: Bouncing Ball Checker Floor
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, sphere, checker, shadow]
dialect: shadertoy
---*/
// A bouncing sphere above a checkered plane; one shadow ray, sky gradient and distance fog.
float map(vec3 p) {
    float b = abs(sin(iTime * 2.0)) * 0.8;
    float s = length(p - vec3(0.0, 0.5 + b, 0.0)) - 0.5;
    return min(s, p.y);
}
vec3 nrm(vec3 p) {
    vec2 e = vec2(0.002, -0.002);
    return normalize(e.xyy * map(p + e.xyy) + e.yyx * map(p + e.yyx) + e.yxy * map(p + e.yxy) + e.xxx * map(p + e.xxx));
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float a = iTime * 0.2;
    vec3 ro = vec3(3.0 * sin(a), 1.6, 3.0 * cos(a));
    vec3 fw = normalize(vec3(0.0, 0.6, 0.0) - ro);
    vec3 rt = normalize(cross(fw, vec3(0.0, 1.0, 0.0)));
    vec3 up = cross(rt, fw);
    vec3 rd = normalize(uv.x * rt + uv.y * up + 1.6 * fw);
    vec3 sky = mix(vec3(0.95, 0.7, 0.5), vec3(0.35, 0.55, 0.95), clamp(rd.y * 2.0 + 0.3, 0.0, 1.0));
    float t = 0.0;
    for (int i = 0; i < 48; i++) {
        float d = map(ro + rd * t);
        if (d < 0.002 || t > 20.0) break;
        t += d;
    }
    vec3 col = sky;
    if (t < 20.0) {
        vec3 p = ro + rd * t;
        vec3 n = nrm(p);
        vec3 l = normalize(vec3(0.6, 0.8, 0.4));
        float dif = clamp(dot(n, l), 0.0, 1.0);
        float sh = 1.0;
        float st = 0.02;
        for (int i = 0; i < 16; i++) {
            float d = map(p + l * st);
            sh = min(sh, 8.0 * d / st);
            st += clamp(d, 0.05, 0.4);
        }
        sh = clamp(sh, 0.0, 1.0);
        vec3 alb = p.y < 0.01 ? (mod(floor(p.x) + floor(p.z), 2.0) < 1.0 ? vec3(0.9, 0.9, 0.85) : vec3(0.3, 0.5, 0.6)) : vec3(0.95, 0.3, 0.25);
        col = alb * (0.25 + 0.85 * dif * sh) + 0.1 * sky * n.y;
        col = mix(col, sky, 1.0 - exp(-0.01 * t * t));
    }
    fragColor = vec4(col, 1.0);
}
