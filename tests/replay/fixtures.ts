/**
 * Realistic upstream data for the replay server. Every shader here is original code written for
 * shadertrain's tests (tiny programs); the response shapes follow the public APIs.
 */

export const SHADERTOY_KEY = 'replay-key';

/** A tiny original Shadertoy image pass; `k` varies the pattern so ids map to distinct programs. */
export function stImage(k: number): string {
  return [
    'void mainImage(out vec4 fragColor, in vec2 fragCoord) {',
    '    vec2 uv = (2.0 * fragCoord - iResolution.xy) / iResolution.y;',
    `    float r = length(uv) * ${(3 + k).toFixed(1)};`,
    `    float band = 0.5 + 0.5 * cos(r - iTime * ${(1 + k / 4).toFixed(2)} + vec3(0.0, 2.0, 4.0).x);`,
    `    fragColor = vec4(band, uv.x * 0.5 + 0.5, ${(k % 5 / 5).toFixed(1)}, 1.0);`,
    '}',
  ].join('\n');
}

const bufferPass = [
  'void mainImage(out vec4 fragColor, in vec2 fragCoord) {',
  '    vec4 prev = texture(iChannel0, fragCoord / iResolution.xy);',
  '    fragColor = mix(prev, vec4(fract(iTime * 0.1)), 0.05);',
  '}',
].join('\n');

const soundPass = [
  'vec2 mainSound(int samp, float time) {',
  '    return vec2(sin(6.2831 * 220.0 * time) * exp(-2.0 * fract(time)));',
  '}',
].join('\n');

const commonPass = 'float saw(float x) { return fract(x) * 2.0 - 1.0; }';

type Input = { id: string; src: string; ctype: string; channel: number; sampler: Record<string, string>; published: number };
type Pass = { name: string; type: string; description: string; code: string; inputs: Input[]; outputs: Array<{ id: string; channel: number }> };

function pass(type: string, name: string, code: string, inputs: Input[] = [], outputs: Pass['outputs'] = [{ id: '4dfGRr', channel: 0 }]): Pass {
  return { name, type, description: '', code, inputs, outputs };
}

const textureInput: Input = {
  id: '4dXGRn', src: '/media/a/0a40562379b63dfb89227e6d172f39fdce9022cba76623f1054a2c83d6c0ba5d.png', ctype: 'texture', channel: 0,
  sampler: { filter: 'mipmap', wrap: 'repeat', vflip: 'true', srgb: 'false', internal: 'byte' }, published: 1,
};
const bufferInput: Input = { ...textureInput, id: '4dXGR8', src: '/media/previz/buffer00.png', ctype: 'buffer' };

function info(id: string, name: string, username: string, description: string, tags: string[], date: number) {
  return { id, date: String(date), viewed: 100 + date % 997, name, username, description, likes: date % 31, published: 3, flags: 0, usePreview: 0, tags, hasliked: 0 };
}

export interface StFixture { id: string; Shader?: unknown; Error?: string }

/** Newest first, as `sort=newest` lists them. */
export const shadertoyShaders: StFixture[] = [
  { id: 'rtA1xq', Shader: { ver: '0.1', info: info('rtA1xq', 'Pulse rings', 'replayer', 'Rings that breathe.', ['rings', 'simple'], 1714000010), renderpass: [pass('image', 'Image', stImage(1))] } },
  { id: 'rtA2xq', Shader: { ver: '0.1', info: info('rtA2xq', 'Zero rings', 'ccfan', 'License: CC0 - do what you like.', ['rings'], 1714000009), renderpass: [pass('image', 'Image', stImage(2))] } },
  { id: 'rtA3xq', Shader: { ver: '0.1', info: info('rtA3xq', 'Textured', 'replayer', 'Reads a texture.', ['texture'], 1714000008), renderpass: [pass('image', 'Image', bufferPass, [textureInput])] } },
  { id: 'rtA4xq', Shader: { ver: '0.1', info: info('rtA4xq', 'Feedback', 'replayer', 'A buffer feeds itself.', ['feedback'], 1714000007), renderpass: [pass('image', 'Image', bufferPass, [bufferInput]), pass('buffer', 'Buffer A', bufferPass, [bufferInput], [{ id: '4dXGR8', channel: 0 }])] } },
  { id: 'rtA5xq', Shader: { ver: '0.1', info: info('rtA5xq', 'Hum', 'beeper', 'With sound.', ['sound'], 1714000006), renderpass: [pass('image', 'Image', stImage(5)), pass('sound', 'Sound', soundPass, [], [])] } },
  { id: 'rtA6xq', Shader: { ver: '0.1', info: info('rtA6xq', 'Shared saw', 'replayer', 'Uses the common tab.', ['common'], 1714000005), renderpass: [pass('common', 'Common', commonPass, [], []), pass('image', 'Image', stImage(6))] } },
  { id: 'rtA7xq', Shader: { ver: '0.1', info: info('rtA7xq', 'Permissive', 'mitguy', 'Released under the MIT License.', ['mit'], 1714000004), renderpass: [pass('image', 'Image', stImage(7))] } },
  { id: 'rtA8xq', Error: 'Shader not found' },
  { id: 'rtA9xq', Shader: { ver: '0.1', info: info('rtA9xq', 'Shared alike', 'sharer', 'https://creativecommons.org/licenses/by-sa/4.0/', ['stripes'], 1714000002), renderpass: [pass('image', 'Image', stImage(9))] } },
  { id: 'rtB0xq', Shader: { ver: '0.1', info: info('rtB0xq', 'Keyboard', 'replayer', 'Press keys.', ['keyboard'], 1714000001), renderpass: [pass('image', 'Image', stImage(10), [{ ...textureInput, id: '4dXGRr', ctype: 'keyboard', src: '/presets/tex00.jpg' }])] } },
  { id: 'rtB1xq', Shader: { ver: '0.1', info: info('rtB1xq', 'Last one', 'replayer', '', [], 1714000000), renderpass: [pass('image', 'Image', stImage(11))] } },
];

/** What a crawl of all of `shadertoyShaders` should keep, with the license it should record. */
export const shadertoyExpected: Record<string, string> = {
  rtA1xq: 'CC-BY-NC-SA-3.0', rtA2xq: 'CC0-1.0', rtA7xq: 'MIT', rtA9xq: 'CC-BY-SA-4.0', rtB1xq: 'CC-BY-NC-SA-3.0',
};
export const shadertoySkipped: Record<string, string> = {
  rtA3xq: 'uses-channel-input', rtA4xq: 'multipass', rtA5xq: 'has-sound-pass', rtA6xq: 'has-common-pass',
  rtA8xq: 'api-error: Shader not found', rtB0xq: 'uses-channel-input',
};

/** A tiny original GLSL Sandbox (ES 1.00) program. */
export function sandboxCode(k: number): string {
  return [
    '#ifdef GL_ES',
    'precision mediump float;',
    '#endif',
    'uniform float time;',
    'uniform vec2 mouse;',
    'uniform vec2 resolution;',
    'void main(void) {',
    '    vec2 p = gl_FragCoord.xy / resolution.xy - 0.5;',
    `    float v = sin(p.x * ${(8 + k).toFixed(1)} + time) + cos(p.y * ${(5 + k).toFixed(1)} - time);`,
    '    gl_FragColor = vec4(vec3(0.5 + 0.25 * v), 1.0);',
    '}',
  ].join('\n');
}

/** `id.version` → item. Ids 3 and 6 are missing (deleted), id 9 is the last one. */
export const glslSandboxItems: Record<string, { code: string; user: string; parent: string }> = {
  '1.0': { code: sandboxCode(1), user: 'abc123', parent: '' },
  '1.1': { code: sandboxCode(2), user: 'abc123', parent: '/e#1.0' },
  '2.0': { code: sandboxCode(3), user: '', parent: '' },
  '4.0': { code: `// SPDX-License-Identifier: MIT\n${sandboxCode(4)}`, user: 'def456', parent: '' },
  '5.0': { code: sandboxCode(5), user: '', parent: '/e#2.0' },
  '7.0': { code: sandboxCode(7), user: 'ghi789', parent: '' },
  '8.0': { code: sandboxCode(8), user: '', parent: '' },
  '8.1': { code: sandboxCode(9), user: '', parent: '/e#8.0' },
  '8.2': { code: sandboxCode(10), user: '', parent: '/e#8.1' },
  '9.0': { code: sandboxCode(11), user: 'jkl012', parent: '' },
};

/** Original twigl programs: geekest (mode 3) code-golf style, classic (mode 0), and MRT. */
export const twiglPrograms = {
  geekest: 'vec2 p=(FC.xy*2.-r)/r.y;o=vec4(.5+.5*sin(length(p)*9.-t),p,1);',
  geeker300: 'void main(){vec2 p=gl_FragCoord.xy/r;o=vec4(p,.5+.5*cos(t),1);}',
  classic: [
    'precision highp float;',
    'uniform vec2 resolution;',
    'uniform float time;',
    'void main(){',
    '  vec2 p = gl_FragCoord.xy / resolution;',
    '  gl_FragColor = vec4(step(0.5, fract(p * 6.0 + time * 0.2)), 0.3, 1.0);',
    '}',
  ].join('\n'),
  mrt: 'o0=vec4(FC.xy/r,0,1);o1=o0.yxzw;',
};

export function twiglLink(mode: number, source: string, extra = ''): string {
  return `https://twigl.app/?ol=true&mode=${mode}${extra}&source=${encodeURIComponent(source)}`;
}

export const twiglLinks: string[] = [
  twiglLink(3, twiglPrograms.geekest),
  twiglLink(6, twiglPrograms.geeker300),
  twiglLink(0, twiglPrograms.classic),
  twiglLink(11, twiglPrograms.mrt),
  twiglLink(3, twiglPrograms.geekest), // the same link shared twice
  twiglLink(7, 'o=vec4(1);', `&sound=${encodeURIComponent('vec2 mainSound(float t){return vec2(sin(t*440.));}')}&soundmode=1`),
];

/** A Firebase-style export of twigl broadcast snapshots, keyed by channel id. */
export const twiglSnapshots: Record<string, unknown> = {
  '-Nx01aaaa': { graphics: { cursor: '0|0|0', mode: 7, source: 'o=vec4(fract(FC.xy/r*8.+t),0,1);' }, sound: { cursor: '0|0|0', mode: 0, source: '' }, date: 1700000001000 },
  '-Nx02bbbb': { graphics: { cursor: '1|4|0', mode: 1, source: 'void main(){gl_FragColor=vec4(gl_FragCoord.xy/r,sin(t),1);}' }, date: 1700000002000 },
  '-Nx03cccc': { graphics: { cursor: '0|0|0', mode: 9, source: 'void main(){o0=vec4(1);o1=vec4(0);}' }, date: 1700000003000 },
  '-Nx04dddd': { graphics: { cursor: '0|0|0', mode: 2, source: 'void main(){gl_FragColor=vec4(step(.5,fract(gl_FragCoord.x/r.x*4.+t)));}' }, sound: { mode: 0, source: 'vec2 mainSound(float t){return vec2(sin(t*330.));}' }, date: 1700000004000 },
  '-Nx05eeee': { notGraphics: true },
};

/** Raw files as a git host serves them, plus the manifest that points at them (path → content). */
export const rawFiles: Record<string, string> = {
  '/raw/alice/glsl-bits/main/waves.glsl': '// waves, by alice\n' + stImage(20),
  '/raw/alice/glsl-bits/main/dots.frag': '// dots\n' + stImage(21),
  '/raw/bob/sandbox-pieces/main/plasma.frag': sandboxCode(22),
};

export function manifestEntries(base: string) {
  return [
    { url: `${base}/raw/alice/glsl-bits/main/waves.glsl`, license: 'MIT', author: 'alice', title: 'Waves' },
    { url: `${base}/raw/alice/glsl-bits/main/dots.frag`, license: 'MIT', author: 'alice' },
    { url: `${base}/raw/bob/sandbox-pieces/main/plasma.frag`, license: 'CC0-1.0', author: 'bob', title: 'Plasma', dialect: 'glslsandbox' },
    { url: `${base}/raw/bob/sandbox-pieces/main/gone.frag`, license: 'CC0-1.0', author: 'bob' },
    { url: `${base}/raw/alice/glsl-bits/main/waves.glsl`, license: 'MIT', author: 'alice', title: 'Waves again' },
  ];
}
