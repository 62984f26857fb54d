/*---
title: Test geekest with its own main
dialect: twigl-geekest
---*/
float box(vec2 p){return max(abs(p.x),abs(p.y));}
void main(){vec2 p=(FC.xy*2.-r)/r.y;gl_FragColor=vec4(vec3(step(box(p*rotate2D(t)),.5))*fsnoise(FC.xy),1);}
