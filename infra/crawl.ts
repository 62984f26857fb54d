// Scheduled crawls → validation queue → validate function.
//
//   Cron (one per source) ──event {source, kind, options, limit}──▶ Crawl (Lambda, Node)
//   Crawl ──blob + pending row──▶ catalog;  ──SendMessageBatch {programId}──▶ ValidationQueue
//   ValidationQueue ──batch, partial failures──▶ Validate (Lambda container image: Node + Python + Mesa llvmpipe)
//   poisoned programs are quarantined by the handler; undeliverable messages land in ValidationDeadLetter.
//
// Validation needs the GL stack, which no zip Lambda runtime has, so Validate is a container-image
// function built from infra/validate.Dockerfile. sst.aws.Function cannot deploy images for Node
// handlers, so that part is raw Pulumi (`aws.*`): an ECR repository, a role, and the function. The
// image is built and pushed by CI (`docker build -f infra/validate.Dockerfile -t $REPO:$TAG .`)
// and named by VALIDATE_IMAGE_TAG at deploy time. The alternative with no image to build is to
// leave the queue to the GPU trainer service (infra/trainer.ts), which validates thousands of
// programs per second on EGL; the Lambda route keeps validation independent of the GPU fleet.
import { bucket, shadertoyApiKey } from './storage.ts';
import { database, vpc } from './database.ts';

const HANDLERS = 'packages/functions/src/handlers';

/** One scheduled crawl per source. Options are the source kind's options (JSON, Cron events carry strings). */
export const crawlSchedules = [
  { source: 'shadertoy', kind: 'shadertoy', schedule: 'rate(6 hours)', limit: 500, options: { sort: 'newest' } },
  { source: 'glslsandbox', kind: 'glslsandbox', schedule: 'rate(1 day)', limit: 1000, options: {} },
  { source: 'twigl', kind: 'twigl', schedule: 'cron(30 3 * * ? *)', limit: 1000, options: { snapshotsUrl: process.env.TWIGL_SNAPSHOTS_URL ?? 'https://twigl.app/snapshots.json' } },
] as const;

export const deadLetter = new sst.aws.Queue('ValidationDeadLetter', { retention: '14 days' });

export const queue = new sst.aws.Queue('ValidationQueue', {
  // Longer than the validate function's timeout, so a message in flight is not handed out twice.
  visibilityTimeout: '6 minutes',
  dlq: { queue: deadLetter.arn, retry: 3 },
});

export const crawlFunction = new sst.aws.Function('Crawl', {
  handler: `${HANDLERS}/lambda-crawl.handler`,
  runtime: 'nodejs20.x',
  timeout: '15 minutes',
  memory: '1024 MB',
  vpc,
  link: [bucket, database, queue, shadertoyApiKey],
  // The Drizzle migrations are read from disk when the catalog opens.
  copyFiles: [{ from: 'packages/core/migrations', to: 'migrations' }],
  environment: { SHADERTRAIN_HOME: '/tmp/shadertrain' },
});

export const crons = crawlSchedules.map((s) => new sst.aws.Cron(`Crawl${s.source[0]!.toUpperCase()}${s.source.slice(1)}`, {
  schedule: s.schedule,
  function: crawlFunction.arn,
  event: { source: s.source, kind: s.kind, options: JSON.stringify(s.options), limit: String(s.limit) },
}));

// --- Validate: a container-image Lambda (raw Pulumi, see above) ---------------------------------
export const validateRepository = new aws.ecr.Repository('ValidateImages', { forceDelete: true, imageScanningConfiguration: { scanOnPush: true } });

const validateRole = new aws.iam.Role('ValidateRole', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
  managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole'],
});

new aws.iam.RolePolicy('ValidateAccess', {
  role: validateRole.id,
  policy: $jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:HeadObject', 's3:ListBucket'], Resource: [bucket.arn, $interpolate`${bucket.arn}/*`] },
      { Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ChangeMessageVisibility'], Resource: [queue.arn] },
    ],
  }),
});

export const validateFunction = new aws.lambda.Function('Validate', {
  packageType: 'Image',
  imageUri: $interpolate`${validateRepository.repositoryUrl}:${process.env.VALIDATE_IMAGE_TAG ?? 'latest-build'}`,
  // The image's CMD names packages/functions/src/handlers/lambda-validate.handler (bundled).
  role: validateRole.arn,
  timeout: 300,
  memorySize: 3008, // llvmpipe renders on every vCPU Lambda gives (≈2 at 3 GB)
  ephemeralStorage: { size: 1024 },
  vpcConfig: { subnetIds: vpc.privateSubnets, securityGroupIds: vpc.securityGroups },
  environment: {
    variables: {
      // What `link` would set: read by packages/functions/src/jobs/resources.ts.
      SST_RESOURCE_CatalogBucket: $jsonStringify({ name: bucket.name }),
      SST_RESOURCE_CatalogDatabase: $jsonStringify({
        host: database.host, port: database.port, username: database.username, password: database.password, database: database.database,
      }),
      SHADERTRAIN_HOME: '/tmp/shadertrain',
      SHADERTRAIN_RENDER_DEVICE: 'cpu',
      SHADERTRAIN_RENDER_DEADLINE_MS: '10000',
    },
  },
});

queue.subscribe(validateFunction.arn, {
  // Up to 5 programs a batch (each ≤10 s on the renderer); failures are reported per message.
  batch: { size: 5, window: '20 seconds', partialResponses: true },
});

