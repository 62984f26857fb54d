// Name tables shared by the translator, the canonical pass and the feature record.

/** The standard inputs the wrapper (packages/core/glsl/wrapper.frag) provides to a body. */
export const STANDARD_INPUTS = ['iResolution', 'iTime', 'iTimeDelta', 'iFrame', 'iMouse', 'iDate', 'iSampleRate'] as const;
export type StandardInput = (typeof STANDARD_INPUTS)[number];

/** Shadertoy inputs the catalog cannot provide. */
export const CHANNEL_INPUTS = ['iChannel0', 'iChannel1', 'iChannel2', 'iChannel3', 'iChannelResolution', 'iChannelTime'];

/**
 * Names the translator introduces; a non-Shadertoy program that already uses one of them gets
 * its own renamed (suffix `_`) first, so the two cannot collide.
 */
export const INTRODUCED_NAMES = new Set<string>([...STANDARD_INPUTS, ...CHANNEL_INPUTS, 'fragColor', 'fragCoord', 'mainImage']);

/**
 * Words that are free identifiers in GLSL ES 1.00 but keywords or built-in functions in ES 3.00.
 * An ES 1.00 program that declares one of these gets it renamed, since ES 3.00 forbids
 * redefining built-ins.
 */
export const ES300_ONLY_NAMES = new Set<string>([
  'texture', 'textureLod', 'textureProj', 'textureSize', 'texelFetch', 'textureGrad', 'textureOffset',
  'round', 'roundEven', 'trunc', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'modf', 'isnan', 'isinf',
  'inverse', 'transpose', 'determinant', 'outerProduct', 'floatBitsToInt', 'floatBitsToUint', 'intBitsToFloat',
  'uintBitsToFloat', 'packSnorm2x16', 'unpackSnorm2x16', 'packUnorm2x16', 'unpackUnorm2x16', 'packHalf2x16',
  'unpackHalf2x16', 'sample', 'smooth', 'flat', 'centroid', 'layout', 'uint', 'uvec2', 'uvec3', 'uvec4',
  'switch', 'case', 'default', 'input', 'output', 'patch', 'active', 'filter', 'resource',
]);

/** ES 1.00 texture functions and their ES 3.00 names. */
export const ES100_TEXTURE_FUNCTIONS: Record<string, string> = {
  texture2D: 'texture',
  texture2DLod: 'textureLod',
  texture2DProj: 'textureProj',
  texture2DProjLod: 'textureProjLod',
  textureCube: 'texture',
  textureCubeLod: 'textureLod',
  texture2DLodEXT: 'textureLod',
  texture2DGradEXT: 'textureGrad',
};

/** Built-in functions that read textures. */
export const TEXTURE_FUNCTIONS = new Set<string>([
  'texture', 'textureLod', 'textureProj', 'textureProjLod', 'textureGrad', 'textureOffset', 'textureLodOffset',
  'textureProjOffset', 'textureGradOffset', 'texelFetch', 'texelFetchOffset', 'textureSize',
  ...Object.keys(ES100_TEXTURE_FUNCTIONS),
]);

export const DERIVATIVE_FUNCTIONS = new Set<string>(['dFdx', 'dFdy', 'fwidth']);

/** What the translated body uses in place of GLSL Sandbox / twigl inputs. */
export const MOUSE_01 = '(iMouse.xy / iResolution.xy)';
export const SURFACE_POSITION = '((_st_FragCoord.xy - 0.5 * iResolution.xy) / iResolution.y)';
