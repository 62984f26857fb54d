/*---
title: Test classic 300 checker
dialect: twigl-classic-300
---*/
precision highp float;
uniform vec2 resolution;
uniform vec2 mouse;
uniform float time;
uniform sampler2D backbuffer;
out vec4 outColor;
void main(){vec2 p=gl_FragCoord.xy/resolution.y*6.;float c=mod(floor(p.x+time)+floor(p.y),2.);outColor=vec4(vec3(c)*tanh(p.x*.1),1);}
