/*---
expect: no-entry-point
dialect: glslsandbox
---*/
uniform float time;
float helper(float x) { return x * time; }
