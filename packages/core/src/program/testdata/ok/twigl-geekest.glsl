/*---
title: Test geekest noise
dialect: twigl-geekest
---*/
vec2 p=(FC.xy*2.-r)/r.y;float n=snoise3D(vec3(p*3.,t*.3));p*=rotate2D(t*.2);gl_FragColor=vec4(hsv(n*.5+p.x,.7,1.)*step(0.,snoise2D(p*5.)),1);
