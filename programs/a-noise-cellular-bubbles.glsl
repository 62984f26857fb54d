/*---
title: Cellular Bubble Bath
author: shadertrain project
license: CC0-1.0
family: noise
tags: [cellular, worley, bubbles, aqua]
dialect: shadertoy
---*/
// Worley F1 noise with slowly orbiting feature points, shaded like soap bubbles.
vec2 h22(vec2 p) {
    vec3 q = fract(vec3(p.xyx) * vec3(0.1031, 0.1030, 0.0973));
    q += dot(q, q.yzx + 33.33);
    return fract((q.xx + q.yz) * q.zy);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 3.5 + vec2(0.0, iTime * 0.25);
    vec2 ip = floor(p), fp = fract(p);
    float d1 = 9.0; vec2 id = vec2(0.0);
    for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
        vec2 g = vec2(float(x), float(y));
        vec2 o = h22(ip + g);
        o = 0.5 + 0.4 * sin(iTime * 0.8 + 6.2831 * o);
        float d = length(g + o - fp);
        if (d < d1) { d1 = d; id = ip + g; }
    }
    float r = h22(id).x;
    vec3 base = 0.55 + 0.45 * cos(6.2831 * (r * 0.4 + vec3(0.45, 0.55, 0.7)));
    float rim = smoothstep(0.2, 0.7, d1);
    vec3 col = mix(base * 1.1, vec3(0.1, 0.3, 0.5), rim * 0.7);
    col += vec3(1.0) * pow(max(0.0, 1.0 - length(fp - 0.35 - 0.1 * h22(id)) * 3.5), 6.0) * 0.5;
    fragColor = vec4(col, 1.0);
}
