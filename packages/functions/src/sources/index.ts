/** Crawl sources: one module each, one `Source` interface (types.ts), one HTTP client (http.ts). */
export * from './types.ts';
export { SourceError, isItemLevel, type SourceErrorCode } from './errors.ts';
export { HttpClient, defaultHttpOptions, type HttpOptions } from './http.ts';
export { SHADERTOY_DEFAULT_LICENSE, UNKNOWN_LICENSE, detectLicense } from './license.ts';
export { shadertoySource, type ShadertoyOptions } from './shadertoy.ts';
export { glslSandboxSource, glslSandboxDumpSource, DUMP_SCHEMA, type GlslSandboxOptions, type GlslSandboxDumpOptions } from './glslsandbox.ts';
export { twiglSource, twiglDialect, type TwiglOptions } from './twigl.ts';
export { archiveSource, type ArchiveOptions } from './archive.ts';
export { manifestSource, type ManifestOptions } from './manifest.ts';
export { localSource, type LocalOptions } from './local.ts';
export { synthSource, type SynthSourceOptions } from './synth.ts';

import { SourceError } from './errors.ts';
import { shadertoySource } from './shadertoy.ts';
import { glslSandboxSource, glslSandboxDumpSource } from './glslsandbox.ts';
import { twiglSource } from './twigl.ts';
import { archiveSource } from './archive.ts';
import { manifestSource } from './manifest.ts';
import { localSource } from './local.ts';
import { synthSource } from './synth.ts';
import type { Source, SourceKind } from './types.ts';

/**
 * Builds a source from its kind and options (as stored in the `sources` table's `config`).
 *
 * @example
 * createSource('local', { id: 'programs', dir: 'programs' })
 */
export function createSource(kind: SourceKind, options: Record<string, unknown>): Source {
  const o = options as never;
  switch (kind) {
    case 'shadertoy': return shadertoySource(o);
    case 'glslsandbox': return glslSandboxSource(o);
    case 'glslsandbox-dump': return glslSandboxDumpSource(o);
    case 'twigl': return twiglSource(o);
    case 'archive': return archiveSource(o);
    case 'manifest': return manifestSource(o);
    case 'local': return localSource(o);
    case 'synth': return synthSource(o);
    default: throw new SourceError('bad-input', `unknown source kind ${String(kind)}`, { field: 'kind' });
  }
}
