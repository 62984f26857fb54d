/*---
expect: uses-channel-input
dialect: glslsandbox
---*/
uniform float time;
uniform vec2 resolution;
uniform sampler2D backbuffer;
void main() { gl_FragColor = texture2D(backbuffer, gl_FragCoord.xy / resolution) * 0.9 + sin(time) * 0.1; }
