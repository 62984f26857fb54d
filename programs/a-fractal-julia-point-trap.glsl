/*---
title: Julia Orbit Trap Glow
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [julia, orbit-trap, point-trap, glow]
dialect: shadertoy
---*/
// Julia set coloured by the closest approach of each orbit to a moving trap point.
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    vec2 c = vec2(-0.75 + 0.1 * sin(iTime * 0.3), 0.12 + 0.08 * cos(iTime * 0.41));
    vec2 trap = 0.4 * vec2(cos(iTime * 0.5), sin(iTime * 0.7));
    vec2 z = uv * 1.4;
    float dmin = 10.0; float imin = 0.0;
    for (int i = 0; i < 48; i++) {
        z = vec2(z.x * z.x - z.y * z.y, 2.0 * z.x * z.y) + c;
        float d = length(z - trap);
        if (d < dmin) { dmin = d; imin = float(i); }
        if (dot(z, z) > 16.0) break;
    }
    vec3 col = 0.5 + 0.5 * cos(6.2831 * (imin * 0.07 + vec3(0.0, 0.33, 0.67)));
    col *= 1.2 * exp(-dmin * 3.0) + 0.15;
    col = pow(col, vec3(0.8));
    fragColor = vec4(col, 1.0);
}
