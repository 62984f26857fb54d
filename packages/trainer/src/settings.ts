// What a training run is asked to do (stored as the run row's `config`), and its translation into
// the Python worker's config file (packages/trainer/python/shadertrain/config.py, snake_case).
import { z } from 'zod';
import { ShadertrainError } from '@shadertrain/core/errors';

const protocol = z.enum(['linear', 'knn', 'fewshot']);

/** Evaluation settings; omitted fields take the worker's defaults. */
export const evalSettingsSchema = z.object({
  datasets: z.array(z.string().min(1)).optional(),
  protocols: z.array(protocol).optional(),
  trainSubset: z.number().int().min(0).optional(),
  testSubset: z.number().int().min(0).optional(),
  knnK: z.number().int().min(1).optional(),
  fewshotShots: z.number().int().min(1).optional(),
  fewshotDraws: z.number().int().min(1).optional(),
  linearEpochs: z.number().int().min(1).optional(),
  batchSize: z.number().int().min(1).optional(),
  atEnd: z.boolean().optional(),
  onCheckpoint: z.boolean().optional(),
  fashionMnistRoot: z.string().min(1).optional(),
}).strict();

/**
 * A run's settings. `steps` and/or `minutes` bound it; `gpus` > 1 runs the worker under
 * `torch.distributed.run`. `worker` passes extra snake_case fields to the worker verbatim.
 */
export const trainSettingsSchema = z.object({
  method: z.enum(['moco', 'simclr', 'supcon', 'ce']).default('moco'),
  arch: z.string().min(1).default('resnet18'),
  resolution: z.number().int().min(8).default(64),
  batchSize: z.number().int().min(2).default(256),
  steps: z.number().int().min(1).optional(),
  minutes: z.number().positive().optional(),
  gpus: z.number().int().min(0).default(0),
  device: z.string().min(1).optional(),
  lr: z.number().positive().optional(),
  mixupK: z.number().int().min(1).optional(),
  sampling: z.enum(['uniform', 'weighted']).optional(),
  seed: z.number().int().default(0),
  checkpointEvery: z.number().int().min(0).default(0),
  logEvery: z.number().int().min(1).default(10),
  numThreads: z.number().int().min(1).optional(),
  eval: evalSettingsSchema.default({}),
  worker: z.record(z.string(), z.unknown()).default({}),
}).strict().refine((s) => s.steps !== undefined || s.minutes !== undefined, {
  message: "set 'steps' or 'minutes' (or both)", path: ['steps'],
});
export type TrainSettings = z.infer<typeof trainSettingsSchema>;
export type TrainSettingsInput = z.input<typeof trainSettingsSchema>;

/** Validates settings; a bad value is a `bad-input` error naming the field. */
export function parseTrainSettings(input: unknown): TrainSettings {
  const r = trainSettingsSchema.safeParse(input ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.join('.') || 'config';
  throw new ShadertrainError('bad-input', `training setting ${field}: ${issue.message}`, { field });
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The worker's config object (snake_case) for these settings. */
export function workerConfig(s: TrainSettings, where: { programsDir: string; outDir: string; resume: boolean }): Record<string, unknown> {
  const evalCfg = defined(Object.fromEntries(Object.entries(s.eval).map(([k, v]) => [snake(k), v])));
  const device = s.device ?? (s.gpus > 0 ? 'cuda' : 'auto');
  const extra = s.worker as Record<string, unknown>;
  return defined({
    source: 'programs',
    programs_dir: where.programsDir,
    out_dir: where.outDir,
    resume: where.resume,
    method: s.method,
    arch: s.arch,
    resolution: s.resolution,
    batch_size: s.batchSize,
    steps: s.steps,
    minutes: s.minutes,
    device,
    lr: s.lr,
    mixup_k: s.mixupK,
    sampling: s.sampling,
    seed: s.seed,
    checkpoint_every: s.checkpointEvery,
    log_every: s.logEvery,
    num_threads: s.numThreads,
    ...extra,
    eval: { ...evalCfg, ...((extra.eval as Record<string, unknown> | undefined) ?? {}) },
  });
}
