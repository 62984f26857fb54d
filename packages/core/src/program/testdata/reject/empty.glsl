/*---
expect: empty
---*/
// nothing but a comment
/* and another */
