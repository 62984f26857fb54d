/*---
title: Rain Ripples
author: shadertrain project
license: CC0-1.0
family: waves
tags: [ripples, damped, pond]
dialect: shadertoy
---*/
// drops land on a grid of random cells; each launches a damped ring; water tinted by slope
float hash(vec2 p) { return fract(sin(dot(p, vec2(53.1, 97.7))) * 17371.3); }
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 p = uv * 2.5;
    float h = 0.0;
    for (int j = -1; j <= 1; j++)
    for (int i = -1; i <= 1; i++) {
        vec2 cell = floor(p) + vec2(float(i), float(j));
        float rnd = hash(cell);
        float period = 2.0 + 2.0 * rnd;
        float tt = mod(iTime + rnd * 7.0, period);
        vec2 c = cell + vec2(hash(cell + 3.1), hash(cell + 7.7)) + 0.0 * floor((iTime + rnd * 7.0) / period);
        float d = length(p - c);
        float ring = sin(d * 25.0 - tt * 10.0) * exp(-3.0 * abs(d - tt * 0.4) * 4.0) * exp(-tt * 0.8);
        h += ring;
    }
    vec3 deep = vec3(0.05, 0.3, 0.45);
    vec3 shallow = vec3(0.2, 0.65, 0.75);
    vec3 col = mix(deep, shallow, 0.5 + 0.5 * sin(uv.y * 2.0 + 0.5 * iTime));
    col += h * vec3(0.4, 0.45, 0.5);
    col += 0.1 * vec3(0.8, 0.9, 1.0) * smoothstep(0.2, 0.6, h);
    fragColor = vec4(clamp(col, 0.0, 1.0), 1.0);
}
