/*---
expect: multipass
---*/
void mainImage(out vec4 fragColor, in vec2 fragCoord) { fragColor = vec4(1.0); }
vec2 mainSound(int samp, float time) { return vec2(0.0); }
