/*---
title: Twigl Kali Bloom
author: shadertrain project
license: CC0-1.0
family: fractal
tags: [folding, kali, hsv, twigl]
dialect: twigl-geekest-300
---*/
vec2 p=(FC.xy*2.-r)/r.y*.8;
vec3 c=vec3(0);
for(float i=0.;i<6.;i++){
  p=abs(p)/dot(p,p)-vec2(.85+.1*sin(t*.3),.65+.1*cos(t*.23));
  p*=rotate2D(t*.05);
  c+=hsv(i*.12+t*.04,.8,.7*exp(-length(p)*2.5));
}
o=vec4(c*c*1.5+vec3(.1,.04,.15),1);
