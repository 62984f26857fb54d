/*---
title: Twigl Twisting Tube
author: shadertrain project
license: CC0-1.0
family: raymarch-3d
tags: [raymarch, tunnel, twist, twigl]
dialect: twigl-geekest-300
---*/
vec3 d=normalize(vec3((FC.xy*2.-r)/r.y,1.4)),p=vec3(0,0,t*1.5),q;
float e=1.,g=0.;
for(float i=0.;i<48.;i++){
  q=p;
  q.xy*=rotate2D(q.z*.3);
  e=(1.1-length(q.xy+vec2(.2*sin(q.z*.6),0))+.15*sin(q.x*5.)*sin(q.y*5.)*sin(q.z*2.))*.6;
  p+=d*e;
  g+=1.;
  if(e<.003)break;
}
float z=p.z-t*1.5;
o=vec4(hsv(atan(q.y,q.x)*.16+p.z*.05,.55,1.-z*.09-g*.006),1);
