/*---
title: Test geek 300 waves
dialect: twigl-geek-300
---*/
precision highp float;
uniform vec2 r;
uniform vec2 m;
uniform float t;
uniform sampler2D b;
out vec4 o;
void main(){vec2 p=gl_FragCoord.xy/r;float w=sin(p.x*20.+t)*.1+.5;o=vec4(smoothstep(w,w+.01,p.y),p,1);}
