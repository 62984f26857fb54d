/*---
title: Vortex Street
author: shadertrain project
license: CC0-1.0
family: flow
tags: [vortices, wake, swirl]
dialect: shadertoy
---*/
// a row of alternating vortices drifting downstream, each twisting a striped dye
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv;
    for (int i = 0; i < 8; i++) {
        float fi = float(i);
        vec2 c = vec2(mod(fi * 0.6 + iTime * 0.3, 4.8) - 2.4, (mod(fi, 2.0) - 0.5) * 0.5);
        vec2 d = p - c;
        float s = mod(fi, 2.0) * 2.0 - 1.0;
        float ang = s * 2.0 * exp(-dot(d, d) * 6.0);
        p = c + mat2(cos(ang), -sin(ang), sin(ang), cos(ang)) * d;
    }
    float dye = sin(p.y * 14.0);
    vec3 col = mix(vec3(0.1, 0.35, 0.55), vec3(0.95, 0.75, 0.3), smoothstep(-0.3, 0.3, dye));
    col = mix(col, vec3(0.85, 0.25, 0.3), 0.5 * smoothstep(0.6, 1.0, sin(p.x * 3.0 - iTime)));
    fragColor = vec4(col, 1.0);
}
