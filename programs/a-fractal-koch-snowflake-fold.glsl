/*---
title: Koch Snowflake Folding
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [koch, folding, snowflake, distance]
dialect: shadertoy
---*/
// A Koch snowflake from a threefold polar fold plus five mirror-and-rescale steps; distance is banded in icy colours.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float a = atan(uv.x, uv.y) + iTime * 0.15;
    float sec = 2.0943951;
    a = mod(a + sec * 0.5, sec) - sec * 0.5;
    vec2 p = length(uv) * vec2(sin(a), cos(a));
    float half_ = 0.8 + 0.05 * sin(iTime * 0.7);
    p = vec2(p.x, p.y - half_ * 0.57735) / half_;
    float s = half_;
    vec2 n = vec2(0.8660254, -0.5);
    for (int i = 0; i < 5; i++) {
        p.x = abs(p.x);
        float k = dot(p - vec2(1.0 / 3.0, 0.0), n);
        if (k < 0.0) p -= 2.0 * k * n;
        p = vec2((p.x - 2.0 / 3.0) * 3.0, p.y * 3.0);
        s /= 3.0;
    }
    float d = length(p - vec2(clamp(p.x, -1.0, 1.0), 0.0)) * s;
    float sd = d * sign(p.y + 1e-5);
    vec3 inside = mix(vec3(0.75, 0.9, 1.0), vec3(0.35, 0.55, 0.95), clamp(length(uv), 0.0, 1.0));
    vec3 outside = mix(vec3(0.15, 0.2, 0.5), vec3(0.5, 0.3, 0.7), 0.5 + 0.5 * cos(d * 60.0 - iTime * 2.0));
    vec3 col = sd < 0.0 ? inside : outside;
    col = mix(col, vec3(1.0), smoothstep(0.012, 0.0, d));
    fragColor = vec4(col, 1.0);
}
