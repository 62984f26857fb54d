/*---
title: Twigl Orbiting Dots
author: shadertrain project
license: CC0-1.0
family: sdf-2d
tags: [sdf, circles, glow, twigl]
dialect: twigl-geekest-300
---*/
vec2 p=(FC.xy*2.-r)/r.y;
vec3 c=hsv(atan(p.y,p.x)*.16+length(p)*.2+t*.03,.6,.5);
for(float i=0.;i<12.;i++){
  vec2 q=p-vec2(cos(t*.5+i*.52),sin(t*.7+i*.9))*(.3+i*.06);
  float d=length(q)-.16;
  c+=hsv(i/12.+t*.05,.8,.6)*.006/(abs(d)+.02);
  c=mix(c,hsv(i/12.+t*.05,.75,1.)*(.7+.3*smoothstep(0.,-.16,d)),smoothstep(.015,-.015,d));
}
o=vec4(c,1);
