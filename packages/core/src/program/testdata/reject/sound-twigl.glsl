/*---
expect: uses-sound
dialect: twigl-geeker
---*/
void main(){gl_FragColor=vec4(s);}
