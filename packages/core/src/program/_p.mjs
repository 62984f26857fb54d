import parse from '@shaderfrog/glsl-parser/parser/index.js';
const src = 'void mainImage(out vec4 fragColor, in vec2 fragCoord){ vec2 uv = fragCoord/iResolution.xy; fragColor = vec4(uv, sin(iTime), 1.0); }';
for (let k=0;k<40;k++) parse(src, {quiet:true});
let t0 = performance.now(); for (let i=0;i<20;i++) parse(src, {quiet:true}); console.log('parse', ((performance.now()-t0)/20).toFixed(2));
