/*---
title: Test rings
dialect: shadertoy
---*/
#define RINGS 6.0
// Concentric rings that drift with time; uses gl_FragCoord directly on purpose.
float ring(vec2 p, float r) { return smoothstep(0.02, 0.0, abs(length(p) - r)); }

void mainImage(out vec4 fragColor, in vec2 fragCoord)
{
    vec2 uv = (2.0 * gl_FragCoord.xy - iResolution.xy) / iResolution.y;
    float v = 0.0;
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 2; j++) v += ring(uv + 0.1 * float(j), fract(float(i) / RINGS + iTime * 0.1));
    }
    vec3 col = 0.5 + 0.5 * cos(vec3(0.0, 2.0, 4.0) + v + iTime);
    fragColor = vec4(col * v + fwidth(uv.x), 1.0);
}
