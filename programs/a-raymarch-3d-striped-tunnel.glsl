/*---
title: Striped Cylinder Tunnel
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, tunnel, stripes, motion]
dialect: shadertoy
---*/
// A winding cylindrical tunnel with helical colour stripes; the path bends with sines of depth.
vec2 path(float z) { return vec2(0.6 * sin(z * 0.3), 0.4 * cos(z * 0.23)); }
float map(vec3 p) {
    p.xy -= path(p.z);
    return 1.0 - length(p.xy);
}
void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;
    float z = iTime * 2.0;
    vec3 ro = vec3(path(z), z);
    vec3 ta = vec3(path(z + 1.5), z + 1.5);
    vec3 fw = normalize(ta - ro);
    vec3 rt = normalize(cross(vec3(0.0, 1.0, 0.0), fw));
    vec3 up = cross(fw, rt);
    vec3 rd = normalize(uv.x * rt + uv.y * up + 1.2 * fw);
    float t = 0.0;
    for (int i = 0; i < 48; i++) {
        float d = map(ro + rd * t);
        if (d < 0.003 || t > 30.0) break;
        t += d * 0.8;
    }
    vec3 p = ro + rd * t;
    vec2 q = p.xy - path(p.z);
    float ang = atan(q.y, q.x);
    float s = sin(ang * 3.0 + p.z * 1.5 - iTime);
    vec3 c1 = vec3(0.95, 0.3, 0.4), c2 = vec3(0.2, 0.8, 0.8), c3 = vec3(1.0, 0.85, 0.3);
    vec3 col = mix(c1, c2, smoothstep(-0.2, 0.2, s));
    col = mix(col, c3, smoothstep(0.8, 0.95, sin(p.z * 2.0)));
    col *= 0.5 + 0.5 * (0.5 + 0.5 * sin(ang + 1.0));
    col = mix(col, vec3(1.0, 0.95, 0.85), 1.0 - exp(-0.06 * t));
    fragColor = vec4(col, 1.0);
}
