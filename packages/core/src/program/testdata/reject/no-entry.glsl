/*---
expect: no-entry-point
---*/
float helper(float x) { return x * x; }
