/*---
title: Twigl Orbiting Dots
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, circles, glow, twigl]
dialect: twigl-geekest-300
---*/
vec2 p=(FC.xy*2.-r)/r.y;
vec3 c=hsv(length(p)*.3+t*.03,.6,.5);
for(float i=0.;i<12.;i++){
  vec2 q=p-vec2(cos(t*.5+i*.52),sin(t*.7+i*.9))*(.3+i*.06);
  float d=length(q)-.12;
  c+=hsv(i/12.+t*.05,.7,1.)*(smoothstep(.01,-.01,d)*.5+.015/(abs(d)+.02));
}
o=vec4(1.-exp(-c),1);
