/*---
title: Test geek spiral
dialect: twigl-geek
---*/
precision highp float;
uniform vec2 r;
uniform vec2 m;
uniform float t;
uniform sampler2D b;
void main(){vec2 p=(gl_FragCoord.xy*2.-r)/r.y;float a=atan(p.y,p.x),d=length(p);gl_FragColor=vec4(vec3(sin(a*5.+log(d)*8.-t*3.)),1);}
