// sst.config.ts and infra/* against recording fakes of the SST globals: the resources, schedules,
// links, environment and handlers they declare.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installFakeSst, plain, refersTo, type Recording, type Resource } from './testing/fake-sst.ts';
import { LINKS } from '../packages/functions/src/jobs/resources.ts';
import { specFromEvent } from '../packages/functions/src/handlers/lambda-crawl.ts';
import { sourceOptions } from '../packages/functions/src/jobs/source-spec.ts';

const ROOT = new URL('..', import.meta.url).pathname;
let rec: Recording;
let config: { app(i: { stage?: string }): Record<string, unknown>; run(): Promise<Record<string, unknown>> };
let outputs: Record<string, unknown>;
let crawlSchedules: ReadonlyArray<{ source: string; kind: string; schedule: string }>;

before(async () => {
  rec = installFakeSst({ stage: 'test' });
  config = (await import('../sst.config.ts')).default as typeof config;
  outputs = await config.run();
  crawlSchedules = (await import('./crawl.ts')).crawlSchedules;
});
after(() => rec.restore());

/** `dir/file.name` → checks dir/file.ts exists and exports `name`. */
function assertHandler(handler: string): string {
  const m = /^(.+)\.([A-Za-z_$][\w$]*)$/.exec(handler);
  assert.ok(m, `handler ${handler} is <file>.<export>`);
  const file = join(ROOT, `${m[1]}.ts`);
  assert.ok(existsSync(file), `${file} exists`);
  const src = readFileSync(file, 'utf8');
  const exportRe = new RegExp(`export\\s+(const|let|async\\s+function|function)\\s+${m[2]}\\b|export\\s*\\{[^}]*\\b${m[2]}\\b[^}]*\\}`);
  assert.match(src, exportRe, `${file} exports ${m[2]}`);
  return file;
}

const linkNames = (r: Resource) => (r.args.link as unknown[]).map((l) => rec.resources.find((x) => refersTo(l, x))?.name).sort();

test('app: named, retained and protected in production only', () => {
  assert.deepEqual(
    { name: config.app({ stage: 'production' }).name, removal: config.app({ stage: 'production' }).removal, protect: config.app({ stage: 'production' }).protect },
    { name: 'shadertrain', removal: 'retain', protect: true },
  );
  assert.equal(config.app({ stage: 'dev' }).removal, 'remove');
  assert.equal(config.app({ stage: 'dev' }).home, 'aws');
});

test('storage and database: a bucket, a VPC, PostgreSQL in it, and the secrets, under the names the handlers read', () => {
  rec.get('sst.aws.Bucket', LINKS.bucket);
  const vpc = rec.get('sst.aws.Vpc', 'Vpc');
  const pg = rec.get('sst.aws.Postgres', LINKS.database);
  assert.ok(refersTo(pg.args.vpc, vpc));
  rec.get('sst.Secret', LINKS.shadertoyApiKey);
  rec.get('sst.Secret', LINKS.apiToken);
  assert.ok(outputs.bucket && outputs.database && outputs.api && outputs.validationQueue && outputs.trainerService);
});

test('crawl: one Cron per source on a schedule, all invoking the crawl function with an event naming the source', () => {
  const fn = rec.get('sst.aws.Function', 'Crawl');
  assertHandler(fn.args.handler);
  assert.deepEqual(linkNames(fn), [LINKS.bucket, LINKS.database, LINKS.shadertoyApiKey, LINKS.queue].sort());
  assert.ok(refersTo(fn.args.vpc, rec.get('sst.aws.Vpc', 'Vpc')), 'in the VPC (the database is there)');
  assert.equal(fn.args.timeout, '15 minutes');
  const crons = rec.all('sst.aws.Cron');
  assert.equal(crons.length, crawlSchedules.length);
  for (const s of crawlSchedules) {
    const cron = crons.find((c) => c.args.event?.source === s.source);
    assert.ok(cron, `a Cron for ${s.source}`);
    assert.match(cron.args.schedule, /^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(.+\))$/);
    assert.ok(refersTo(cron.args.function, fn));
    for (const v of Object.values(cron.args.event)) assert.equal(typeof v, 'string', 'Cron event values are strings');
    // The handler understands the event.
    const spec = specFromEvent(cron.args.event, {});
    assert.equal(spec.id, s.source);
    assert.equal(spec.kind, s.kind);
    assert.equal(typeof sourceOptions(spec), 'object');
    assert.ok(spec.limit && spec.limit > 0);
  }
});

test('validation: queue with a dead-letter queue, consumed by the container-image function with partial batch responses', () => {
  const queue = rec.get('sst.aws.Queue', LINKS.queue);
  const dlq = rec.get('sst.aws.Queue', 'ValidationDeadLetter');
  assert.ok(refersTo(queue.args.dlq.queue, dlq));
  const fn = rec.get('aws.lambda.Function', 'Validate');
  assert.equal(fn.args.packageType, 'Image');
  assert.match(plain(fn.args.imageUri), /<aws.ecr.Repository:ValidateImages>\.repositoryUrl:/);
  assert.ok(fn.args.timeout * 1000 < 6 * 60 * 1000, 'visibility timeout (6 min) exceeds the function timeout');
  const env = fn.args.environment.variables;
  const linked = Object.keys(env).filter((k) => k.startsWith('SST_RESOURCE_')).map((k) => k.slice('SST_RESOURCE_'.length)).sort();
  assert.deepEqual(linked, [LINKS.bucket, LINKS.database].sort());
  const db = JSON.parse(plain(env.SST_RESOURCE_CatalogDatabase));
  assert.deepEqual(Object.keys(db).sort(), ['database', 'host', 'password', 'port', 'username']);
  const sub = queue.calls.find((c) => c.method === 'subscribe');
  assert.ok(sub, 'the queue has a subscriber');
  assert.ok(refersTo(sub.args[0], fn));
  assert.equal(sub.args[1].batch.partialResponses, true);
  const policy = plain(rec.get('aws.iam.RolePolicy', 'ValidateAccess').args.policy);
  assert.match(policy, /CatalogBucket/);
  assert.match(policy, /sqs:DeleteMessage/);
  // The image it runs is built from a Dockerfile that exists and names the validate handler.
  const dockerfile = readFileSync(join(ROOT, 'infra/validate.Dockerfile'), 'utf8');
  assert.match(dockerfile, /handlers\/lambda-validate\.ts/);
  assert.match(dockerfile, /CMD \["lambda-validate\.handler"\]/);
});

test('handlers named by the infra exist and export their function', async () => {
  assertHandler(rec.get('sst.aws.Function', 'Api').args.handler);
  const crawlMod = await import('../packages/functions/src/handlers/lambda-crawl.ts');
  const validateMod = await import('../packages/functions/src/handlers/lambda-validate.ts');
  assert.equal(typeof crawlMod.handler, 'function');
  assert.equal(typeof validateMod.handler, 'function');
});

test('api: a function URL in front of handlers/lambda-api, linked to the catalog and the token', () => {
  const api = rec.get('sst.aws.Function', 'Api');
  assert.equal(api.args.handler, 'packages/functions/src/handlers/lambda-api.handler');
  assert.ok(api.args.url);
  for (const n of [LINKS.bucket, LINKS.database, LINKS.apiToken]) assert.ok(linkNames(api).includes(n), `links ${n}`);
  for (const f of api.args.copyFiles) assert.ok(existsSync(join(ROOT, f.from)), `${f.from} exists`);
});

test('trainer: a service on GPU instances built from infra/trainer.Dockerfile, scaled by queued runs', () => {
  const cluster = rec.get('sst.aws.Cluster', 'TrainerCluster');
  const svc = rec.get('sst.aws.Service', 'Trainer');
  assert.ok(refersTo(svc.args.cluster, cluster));
  assert.equal(svc.args.image.dockerfile, 'infra/trainer.Dockerfile');
  assert.ok(existsSync(join(ROOT, svc.args.image.dockerfile)));
  for (const n of [LINKS.bucket, LINKS.database]) assert.ok(linkNames(svc).includes(n));
  // The transforms move it onto the GPU capacity provider and give each task one GPU.
  const cp = rec.get('aws.ecs.CapacityProvider', 'TrainerGpu');
  const serviceArgs: Record<string, any> = { launchType: 'FARGATE' };
  svc.args.transform.service(serviceArgs);
  assert.equal(serviceArgs.launchType, undefined);
  assert.ok(refersTo(serviceArgs.capacityProviderStrategies[0].capacityProvider, cp));
  const taskArgs: Record<string, any> = { containerDefinitions: [{ name: 'Trainer', image: 'x' }] };
  svc.args.transform.taskDefinition(taskArgs);
  assert.deepEqual(taskArgs.requiresCompatibilities, ['EC2']);
  assert.match(plain(taskArgs.containerDefinitions), /"resourceRequirements":\[\{"type":"GPU","value":"1"\}\]/);
  const asg = rec.get('aws.autoscaling.Group', 'TrainerInstances');
  assert.equal(asg.args.minSize, 0);
  assert.ok(refersTo(cp.args.autoScalingGroupProvider.autoScalingGroupArn, asg));
  assert.match(plain(rec.get('aws.ec2.LaunchTemplate', 'TrainerLaunchTemplate').args.imageId), /ecs\/optimized-ami\/.*gpu/);
  // Scale-out on the QueuedRuns metric, from zero.
  const alarm = rec.get('aws.cloudwatch.MetricAlarm', 'TrainerRunsQueued');
  assert.equal(alarm.args.metricName, 'QueuedRuns');
  assert.ok(refersTo(alarm.args.alarmActions[0], rec.get('aws.appautoscaling.Policy', 'TrainerScaleOut')));
  assert.equal(rec.get('aws.appautoscaling.Target', 'TrainerScalingTarget').args.minCapacity, 0);
});
