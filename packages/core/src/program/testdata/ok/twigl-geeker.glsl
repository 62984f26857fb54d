/*---
title: Test geeker dots
dialect: twigl-geeker
---*/
void main(){vec2 p=fract(gl_FragCoord.xy/r.y*10.)-.5;float s=length(p);float t=t*.5;gl_FragColor=vec4(vec3(step(s,.3+.1*sin(t))),1);}
