/*---
title: Twigl Octave Noise
author: shadertrain project
license: CC0-1.0
family: noise
tags: [value-noise, fbm, hsv, twigl]
dialect: twigl-geekest-300
---*/
vec2 p=FC.xy/r.y*4.+vec2(t*.3,0),i,u,k=vec2(12.9,78.2);
float n=0.,a=.5;
for(float j=0.;j<5.;j++){
  i=floor(p);u=fract(p);u=u*u*(3.-2.*u);
  n+=a*mix(mix(fract(sin(dot(i,k))*4375.8),fract(sin(dot(i+vec2(1,0),k))*4375.8),u.x),mix(fract(sin(dot(i+vec2(0,1),k))*4375.8),fract(sin(dot(i+1.,k))*4375.8),u.x),u.y);
  p=p*rotate2D(.6)*2.03+j;
  a*=.5;
}
o=vec4(hsv(n*1.2+t*.05,.65,.35+.7*n),1);
