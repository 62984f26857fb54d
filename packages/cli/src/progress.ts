// A progress bar for long work that stays quiet when the output is for a script.
import cliProgress from 'cli-progress';

export interface Progress { tick(n?: number, payload?: Record<string, unknown>): void; total(n: number): void; stop(): void }

export function progress(label: string, total: number, opts: { json?: boolean } = {}): Progress {
  if (opts.json || !process.stderr.isTTY) {
    return { tick() {}, total() {}, stop() {} };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} {eta_formatted} {info}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { info: '' });
  return {
    tick: (n = 1, payload) => bar.increment(n, payload ?? {}),
    total: (n) => bar.setTotal(n),
    stop: () => bar.stop(),
  };
}
