// A crawl source named by data (a scheduled event, CLI flags, a `sources` row): id, kind, options.
import type { Config } from '@shadertrain/core/config';
import { ShadertrainError } from '@shadertrain/core/errors';
import { createSource } from '../sources/index.ts';
import type { Source, SourceKind } from '../sources/types.ts';

export interface SourceSpec {
  id: string;
  kind: SourceKind;
  /** The kind's options (`dir`, `baseUrl`, `path`, …); JSON text is accepted (Cron events carry strings). */
  options?: Record<string, unknown> | string;
}

const KINDS: readonly SourceKind[] = ['shadertoy', 'glslsandbox', 'glslsandbox-dump', 'twigl', 'archive', 'manifest', 'local', 'synth'];

/** Checks a spec and returns its options as an object. */
export function sourceOptions(spec: SourceSpec): Record<string, unknown> {
  if (!spec.id) throw new ShadertrainError('bad-input', 'a crawl needs a source id', { field: 'source' });
  if (!KINDS.includes(spec.kind)) throw new ShadertrainError('bad-input', `unknown source kind ${JSON.stringify(spec.kind)} (${KINDS.join(', ')})`, { field: 'kind' });
  if (typeof spec.options === 'string') {
    try { return spec.options.trim() ? JSON.parse(spec.options) as Record<string, unknown> : {}; } catch (e) {
      throw new ShadertrainError('bad-input', `source options are not JSON: ${(e as Error).message}`, { field: 'options' });
    }
  }
  return spec.options ?? {};
}

/**
 * Builds the source a spec names; the Shadertoy API key comes from the config unless given.
 *
 * @example
 * sourceFromSpec({ id: 'programs', kind: 'local', options: { dir: 'programs' } }, loadConfig())
 */
export function sourceFromSpec(spec: SourceSpec, config?: Pick<Config, 'shadertoyApiKey'>): Source {
  const options: Record<string, unknown> = { ...sourceOptions(spec), id: spec.id };
  if (spec.kind === 'shadertoy' && options.apiKey === undefined && config?.shadertoyApiKey) options.apiKey = config.shadertoyApiKey;
  return createSource(spec.kind, options);
}
