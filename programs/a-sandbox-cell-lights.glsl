/*---
title: Sandbox Cell Lanterns
author: shadertrain project
license: CC0-1.0
family: voronoi
tags: [voronoi, glow, lanterns, glslsandbox]
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif
uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;

// Voronoi cells lit like paper lanterns: warm glow at each seed, cool borders between them.
vec2 hash2(vec2 p) {
    return fract(sin(vec2(dot(p, vec2(27.1, 61.7)), dot(p, vec2(57.3, 17.9)))) * 2371.37);
}
void main(void) {
    vec2 uv = (2.0 * gl_FragCoord.xy - resolution) / resolution.y;
    vec2 p = uv * 3.0 + vec2(0.0, time * 0.2);
    vec2 ip = floor(p);
    vec2 fp = fract(p);
    float d1 = 9.0;
    float d2 = 9.0;
    vec2 best = vec2(0.0);
    for (int y = -1; y <= 1; y++) {
        for (int x = -1; x <= 1; x++) {
            vec2 g = vec2(float(x), float(y));
            vec2 o = 0.5 + 0.4 * sin(time * 0.6 + 6.2831 * hash2(ip + g));
            float d = length(g + o - fp);
            if (d < d1) { d2 = d1; d1 = d; best = ip + g; }
            else if (d < d2) { d2 = d; }
        }
    }
    float h = hash2(best).x;
    vec3 warm = 0.6 + 0.4 * cos(6.2831 * (h * 0.3 + vec3(0.0, 0.1, 0.25)));
    vec3 col = warm * (0.3 + 0.9 * exp(-d1 * 3.0));
    col = mix(vec3(0.1, 0.25, 0.45), col, smoothstep(0.0, 0.12, d2 - d1));
    gl_FragColor = vec4(col, 1.0);
}
