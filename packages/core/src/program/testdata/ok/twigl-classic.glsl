/*---
title: Test classic stripes
dialect: twigl-classic
---*/
precision highp float;
uniform vec2 resolution;
uniform vec2 mouse;
uniform float time;
uniform float frame;
uniform sampler2D backbuffer;
void main(){vec2 p=(gl_FragCoord.xy*2.-resolution)/min(resolution.x,resolution.y);float s=step(.5,fract(p.x*4.+time+mod(frame,2.)*.1));gl_FragColor=vec4(s,p.y,mouse.x,1);}
