/*---
title: Nearest Vertex Sierpinski
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [sierpinski, ifs, inverse-map, triangle]
dialect: shadertoy
---*/
// Sierpinski gasket by inverse IFS: repeatedly scale by 2 away from the nearest corner; the corner sequence colours it.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float a = iTime * 0.1;
    vec2 p = mat2(cos(a), -sin(a), sin(a), cos(a)) * uv * 0.8 + vec2(0.0, 0.05);
    vec2 A = vec2(0.0, 1.0), B = vec2(-0.866, -0.5), C = vec2(0.866, -0.5);
    vec2 n1 = normalize(vec2(-1.5, 0.866)), n2 = normalize(vec2(1.5, 0.866)), n3 = vec2(0.0, -1.0);
    float code = 0.0; float w = 1.0; float depth = 0.0;
    for (int i = 0; i < 8; i++) {
        float dt = max(max(dot(p - A, n1), dot(p - A, n2)), dot(p - B, n3));
        if (dt > 0.0) break;
        depth += 1.0;
        float da = length(p - A), db = length(p - B), dc = length(p - C);
        vec2 v = A; float k = 0.0;
        if (db < da && db < dc) { v = B; k = 1.0; }
        else if (dc < da && dc < db) { v = C; k = 2.0; }
        p = v + 2.0 * (p - v);
        code += k * w; w *= 0.37;
    }
    vec3 tri = 0.5 + 0.5 * cos(6.2831 * (code * 0.35 + depth * 0.08 + iTime * 0.05 + vec3(0.0, 0.3, 0.6)));
    vec3 bg = mix(vec3(0.15, 0.12, 0.3), vec3(0.35, 0.25, 0.5), 0.5 + 0.5 * uv.y);
    vec3 col = depth < 0.5 ? bg : tri * (0.35 + 0.65 * depth / 8.0);
    fragColor = vec4(col, 1.0);
}
