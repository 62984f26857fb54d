/*---
title: Test surface position grid
dialect: glslsandbox
---*/
precision highp float;
uniform float time;
uniform vec2 resolution;
varying vec2 surfacePosition;

void main() {
	vec2 g = abs(fract(surfacePosition * 8.0 + time * 0.2) - 0.5);
	float line = smoothstep(0.05, 0.0, min(g.x, g.y));
	gl_FragColor = vec4(line, line * 0.6, 0.3, 1.0);
}
