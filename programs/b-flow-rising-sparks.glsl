/*---
title: Rising Sparks
author: shadertrain project
license: CC0-1.0
family: flow
tags: [sparks, particles, embers]
dialect: shadertoy
---*/
// embers rising with sideways wobble from a glowing bed, each cell holding one spark
float hash(vec2 p) { return fract(sin(dot(p, vec2(31.7, 97.1))) * 52731.1); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec3 col = mix(vec3(0.9, 0.3, 0.05), vec3(0.12, 0.03, 0.1), smoothstep(-1.0, 0.6, uv.y));
    for (int l = 0; l < 2; l++) {
        float fl = float(l);
        vec2 p = uv * (4.0 + fl * 3.0);
        p.y -= iTime * (1.0 + fl * 0.5);
        vec2 id = floor(p);
        vec2 f = fract(p);
        float h = hash(id + fl * 9.0);
        vec2 c = vec2(0.5 + 0.3 * sin(iTime * 2.0 + h * 6.2832), h);
        float d = length(f - c);
        float life = smoothstep(1.0, -0.5, uv.y);
        col += vec3(1.0, 0.6 + 0.4 * h, 0.2) * smoothstep(0.15, 0.0, d) * step(0.3, h) * life;
    }
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
