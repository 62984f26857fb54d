/*---
title: Twigl Warped Rings
author: shadertrain project
license: CC0-1.0
family: domain-warp
tags: [sine-warp, rings, hsv, twigl]
dialect: twigl-geekest-300
---*/
vec2 p=(FC.xy*2.-r)/r.y;
for(float i=1.;i<6.;i++){
  p+=.3/i*sin(p.yx*i*1.7+t*vec2(.7,-.5)+i);
}
float d=length(p);
o=vec4(hsv(d*.4-t*.1,.65,.6+.4*sin(d*14.)),1);
