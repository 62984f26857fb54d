/*---
title: Folded Branch Tree
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [ifs, tree, folding, branches]
dialect: shadertoy
---*/
// A binary tree by iterated mirror-fold, rotate, scale and shift; the branch angle sways like wind.
float sdSeg(vec2 p, float h) { p.y -= clamp(p.y, 0.0, h); return length(p); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 sky = mix(vec3(0.95, 0.75, 0.55), vec3(0.5, 0.7, 0.95), 0.5 + 0.5 * uv.y);
    vec2 p = uv + vec2(0.0, 0.95);
    float ang = 0.5 + 0.12 * sin(iTime * 0.8);
    float sc = 1.0;
    float d = sdSeg(p, 0.5) - 0.03;
    float depth = 0.0;
    for (int i = 0; i < 9; i++) {
        p.y -= 0.5;
        p.x = abs(p.x);
        p = mat2(cos(ang), sin(ang), -sin(ang), cos(ang)) * p;
        p *= 1.35; sc *= 1.35;
        float di = (sdSeg(p, 0.5) - 0.03) / sc;
        if (di < d) { d = di; depth = float(i + 1); }
    }
    vec3 branch = mix(vec3(0.35, 0.2, 0.1), vec3(0.95, 0.4, 0.55), depth / 9.0);
    branch = mix(branch, vec3(0.4, 0.8, 0.3), step(7.5, depth));
    vec3 col = mix(sky, branch, smoothstep(0.006, 0.0, d));
    col = mix(col, vec3(1.0, 0.95, 0.8), 0.15 * exp(-d * 20.0));
    fragColor = vec4(col, 1.0);
}
