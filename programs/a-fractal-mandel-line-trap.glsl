/*---
title: Mandelbrot Cross Trap
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [mandelbrot, orbit-trap, line-trap, stripes]
dialect: shadertoy
---*/
// The Mandelbrot set shaded by orbit distance to two rotating lines (a cross-shaped trap).
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = uv * 1.15 + vec2(-0.6, 0.0);
    float a = iTime * 0.3;
    vec2 dir = vec2(cos(a), sin(a));
    vec2 z = vec2(0.0);
    float tx = 10.0, ty = 10.0;
    for (int i = 0; i < 48; i++) {
        z = vec2(z.x * z.x - z.y * z.y, 2.0 * z.x * z.y) + c;
        tx = min(tx, abs(dot(z, dir)));
        ty = min(ty, abs(dot(z, vec2(-dir.y, dir.x))));
        if (dot(z, z) > 16.0) break;
    }
    vec3 col = vec3(0.08, 0.1, 0.25);
    col += vec3(1.0, 0.5, 0.2) * exp(-tx * 6.0);
    col += vec3(0.2, 0.7, 1.0) * exp(-ty * 6.0);
    col = 1.0 - exp(-col * 1.5);
    fragColor = vec4(col, 1.0);
}
