/*---
expect: uses-channel-input
dialect: twigl-geekest-300
---*/
o=texture(b,FC.xy/r)*.9+vec4(sin(t))*.1;
