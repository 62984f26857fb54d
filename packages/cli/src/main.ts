// The `shadertrain` command. Each subcommand lives in commands/<name>.ts and registers itself here.
import { Command } from 'commander';
import { reportError } from './output.ts';
import { registerSynth } from './commands/synth.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerCatalog } from './commands/catalog.ts';
import { registerValidate } from './commands/validate.ts';
import { registerCrawl } from './commands/crawl.ts';
import { registerTrain } from './commands/train.ts';
import { registerServe } from './commands/serve.ts';
import { registerDemo } from './commands/demo.ts';

const program = new Command('shadertrain')
  .description('Pretrain vision models on procedural image programs: catalog, render, train, evaluate, publish.')
  .option('--json', 'machine-readable output on stdout')
  .showHelpAfterError()
  .exitOverride();

for (const register of [registerIngest, registerCrawl, registerValidate, registerCatalog, registerSynth, registerTrain, registerServe, registerDemo]) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err);
}
