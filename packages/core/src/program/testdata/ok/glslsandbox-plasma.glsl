/*---
title: Test plasma
dialect: glslsandbox
---*/
#ifdef GL_ES
precision mediump float;
#endif
#extension GL_OES_standard_derivatives : enable

uniform float time;
uniform vec2 mouse;
uniform vec2 resolution;
uniform sampler2D backbuffer;

float round(float x) { return floor(x + 0.5); }

void main( void ) {
	vec2 p = gl_FragCoord.xy / resolution.xy;
	float fragColor = sin(p.x * 12.0 + time) + sin(p.y * 9.0 - time * 1.3);
	fragColor += distance(p, mouse) * 2.0;
	gl_FragColor = vec4(vec3(round(fragColor * 2.0) * 0.25), 1.0);
}
