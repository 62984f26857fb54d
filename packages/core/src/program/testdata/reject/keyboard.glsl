/*---
expect: uses-keyboard
---*/
void mainImage(out vec4 fragColor, in vec2 fragCoord) { float k = texelFetch(iChannel1, ivec2(32, 0), 0).x; fragColor = vec4(k); }
