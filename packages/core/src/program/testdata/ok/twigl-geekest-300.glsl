/*---
title: Test geekest 300 tunnel
dialect: twigl-geekest-300
---*/
vec3 d=normalize(vec3((FC.xy*2.-r)/r.y,1.));d*=rotate3D(t*.3,vec3(0,1,1));float s=0.;for(float i=0.;i<4.;i++){s+=snoise4D(vec4(d*(i+1.),t))*.5/(i+1.);}o=vec4(hsv(s+PI2*.01,.8,.9),1);
