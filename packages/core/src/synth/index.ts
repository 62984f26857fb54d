/** The program synthesizer: `synthesize`, `synthesizeMany`, the validated generator and the grammar. */
export { SYNTH_VERSION, synthesize, synthesizeMany, type SynthOptions, type SynthProgram, type SynthProvenance } from './synthesize.ts';
export { synthesizeValid, generateValidated, type SynthValidOptions, type SynthValidResult, type ValidSynthProgram, type ValidationLike, type Validate } from './valid.ts';
export { PRODUCTIONS, MAX_FIELDS, type Production } from './grammar.ts';
export { createRng, type Rng } from './prng.ts';
