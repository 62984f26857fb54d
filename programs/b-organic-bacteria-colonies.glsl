/*---
title: Bacteria Colonies
author: shadertrain project
license: CC0-1.0
family: organic
tags: [metaballs, colonies, microbes]
dialect: shadertoy
---*/
// wobbling metaball clusters drifting in a nutrient gradient
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float field = 0.0;
    float hue = 0.0;
    for (int i = 0; i < 12; i++) {
        float fi = float(i);
        vec2 c = vec2(sin(fi * 2.3 + iTime * 0.2 * (1.0 + fi * 0.1)), cos(fi * 1.7 + iTime * 0.17)) * vec2(1.4, 0.85);
        vec2 d = uv - c;
        float wob = 1.0 + 0.2 * sin(atan(d.y, d.x) * 5.0 + iTime * 2.0 + fi);
        float k = 0.03 * (1.0 + mod(fi, 3.0)) / (dot(d, d) * wob + 0.001);
        field += k;
        hue += k * fi;
    }
    hue /= field;
    vec3 medium = mix(vec3(0.85, 0.8, 0.45), vec3(0.5, 0.75, 0.6), uv.y * 0.5 + 0.5);
    vec3 blob = 0.5 + 0.45 * cos(vec3(0.0, 2.0, 4.0) + hue * 0.6);
    float m = smoothstep(0.9, 1.1, field);
    vec3 col = mix(medium, blob, m);
    col = mix(col, blob * 0.4, smoothstep(0.12, 0.0, abs(field - 1.0)) * 0.7);
    col += 0.1 * smoothstep(2.0, 4.0, field);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
