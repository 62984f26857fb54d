/*---
title: Layered Hill Silhouettes
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [scene, hills, parallax, sun]
dialect: shadertoy
---*/
// A 2D landscape: a sun disc and five parallax hill layers defined as height-function SDFs.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(1.0, 0.75, 0.45), vec3(0.45, 0.55, 0.9), smoothstep(-0.3, 1.0, uv.y));
    vec2 sp = vec2(0.5, 0.35 + 0.1 * sin(iTime * 0.2));
    float sd = length(uv - sp) - 0.22;
    col += vec3(1.0, 0.6, 0.3) * 0.15 / (0.2 + max(sd, 0.0) * 4.0);
    col = mix(col, vec3(1.0, 0.95, 0.7), smoothstep(0.01, -0.01, sd));
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        float speed = 0.1 + 0.15 * fi;
        float x = uv.x + iTime * speed + fi * 3.7;
        float h = 0.35 - fi * 0.22 + 0.12 * sin(x * (1.3 + fi * 0.4)) + 0.06 * sin(x * (3.1 + fi) + fi);
        float d = uv.y - h;
        vec3 layer = mix(vec3(0.55, 0.4, 0.65), vec3(0.1, 0.25, 0.2), fi / 4.0);
        layer = mix(layer, col, 0.25 * (4.0 - fi) / 4.0);
        col = mix(col, layer, smoothstep(0.01, -0.01, d));
    }
    fragColor = vec4(col, 1.0);
}
