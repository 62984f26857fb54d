/*---
title: Test geeker 300 gradient
dialect: twigl-geeker-300
---*/
void main(){vec2 p=gl_FragCoord.xy/r;o=vec4(p,.5+.5*sin(t+f*.01),1);}
