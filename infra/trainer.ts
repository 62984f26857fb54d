// The GPU trainer service: the container from infra/trainer.Dockerfile (CUDA runtime, EGL, Python
// + PyTorch + PyOpenGL, Node + the bundled CLI) running `shadertrain trainer serve`, which claims
// queued training runs from the catalog, renders programs on the fly and publishes checkpoints.
//
// What SST expresses: the cluster, the service, its image build, links, environment and CPU-based
// autoscaling. What needs raw Pulumi (`aws.*`, below): GPUs. sst.aws.Service runs on Fargate, which
// has no GPUs, so the service is moved onto an EC2 capacity provider (an Auto Scaling group of
// ECS GPU-optimized instances) through `transform`, its task asks for one GPU, and it scales on a
// custom CloudWatch metric, `shadertrain/QueuedRuns`, that the trainer publishes every minute
// (queued + running training runs). At zero queued runs it scales to zero, and so do the instances
// (managed scaling of the capacity provider).
import { apiToken, bucket } from './storage.ts';
import { database, vpc } from './database.ts';

export const GPU_INSTANCE = process.env.TRAINER_INSTANCE_TYPE ?? 'g5.2xlarge'; // 1× A10G, 8 vCPU, 32 GiB
export const MAX_TRAINERS = 4;

export const cluster = new sst.aws.Cluster('TrainerCluster', { vpc });

// --- GPU capacity (raw Pulumi) ----------------------------------------------------------------
const gpuAmi = aws.ssm.getParameterOutput({ name: '/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id' });

const instanceRole = new aws.iam.Role('TrainerInstanceRole', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
  managedPolicyArns: [
    'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role',
    'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
  ],
});
const instanceProfile = new aws.iam.InstanceProfile('TrainerInstanceProfile', { role: instanceRole.name });

const launchTemplate = new aws.ec2.LaunchTemplate('TrainerLaunchTemplate', {
  imageId: gpuAmi.value,
  instanceType: GPU_INSTANCE,
  iamInstanceProfile: { arn: instanceProfile.arn },
  vpcSecurityGroupIds: vpc.securityGroups,
  blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 200, volumeType: 'gp3' } }],
  // Join the cluster; let ECS hand the GPU to the task.
  userData: $interpolate`#!/bin/bash
echo ECS_CLUSTER=${cluster.nodes.cluster.name} >> /etc/ecs/ecs.config
echo ECS_ENABLE_GPU_SUPPORT=true >> /etc/ecs/ecs.config`.apply((s: string) => Buffer.from(s).toString('base64')),
});

const gpuGroup = new aws.autoscaling.Group('TrainerInstances', {
  vpcZoneIdentifiers: vpc.privateSubnets,
  minSize: 0,
  maxSize: MAX_TRAINERS,
  desiredCapacity: 0,
  launchTemplate: { id: launchTemplate.id, version: '$Latest' },
  protectFromScaleIn: true, // required by managed termination protection
  tags: [{ key: 'AmazonECSManaged', value: 'true', propagateAtLaunch: true }],
});

export const gpuCapacity = new aws.ecs.CapacityProvider('TrainerGpu', {
  autoScalingGroupProvider: {
    autoScalingGroupArn: gpuGroup.arn,
    managedTerminationProtection: 'ENABLED',
    managedScaling: { status: 'ENABLED', targetCapacity: 100, minimumScalingStepSize: 1, maximumScalingStepSize: 2 },
  },
});

new aws.ecs.ClusterCapacityProviders('TrainerCapacityProviders', {
  clusterName: cluster.nodes.cluster.name,
  capacityProviders: [gpuCapacity.name],
});

// --- The service (SST) ------------------------------------------------------------------------
export const trainer = new sst.aws.Service('Trainer', {
  cluster,
  image: { context: '.', dockerfile: 'infra/trainer.Dockerfile' },
  cpu: '8 vCPU',
  memory: '30 GB',
  storage: '100 GB',
  link: [bucket, database, apiToken],
  environment: {
    SHADERTRAIN_HOME: '/var/lib/shadertrain',
    SHADERTRAIN_TRAINER_DEVICE: 'cuda:0',
    SHADERTRAIN_QUEUE_METRIC: 'shadertrain/QueuedRuns',
  },
  // Scaled below on queued runs; SST's own scaling is CPU/memory based, so it is only the bounds.
  scaling: { min: 0, max: MAX_TRAINERS },
  transform: {
    service: (args: Record<string, unknown>) => {
      delete args.launchType;
      args.capacityProviderStrategies = [{ capacityProvider: gpuCapacity.name, weight: 1 }];
      args.desiredCount = 0;
    },
    taskDefinition: (args: Record<string, unknown>) => {
      args.requiresCompatibilities = ['EC2'];
      args.networkMode = 'awsvpc';
      // One GPU per task; ECS sets NVIDIA_VISIBLE_DEVICES and the NVIDIA runtime on the GPU AMI.
      args.containerDefinitions = $jsonStringify(args.containerDefinitions).apply((json: string) =>
        JSON.stringify((JSON.parse(json) as Array<Record<string, unknown>>).map((c) => ({ ...c, resourceRequirements: [{ type: 'GPU', value: '1' }] }))));
    },
  },
});

// Scale on queued runs: one trainer per queued run, up to MAX_TRAINERS (raw Pulumi: SST's
// Service scaling has no custom-metric targets).
const scalingTarget = new aws.appautoscaling.Target('TrainerScalingTarget', {
  serviceNamespace: 'ecs',
  scalableDimension: 'ecs:service:DesiredCount',
  resourceId: $interpolate`service/${cluster.nodes.cluster.name}/${trainer.nodes.service.name}`,
  minCapacity: 0,
  maxCapacity: MAX_TRAINERS,
});

// Step scaling rather than target tracking: target tracking cannot scale out from zero tasks.
const queuedRuns = { namespace: 'shadertrain', metricName: 'QueuedRuns', statistic: 'Maximum', period: 60, dimensions: { Stage: $app.stage } };

const scaleOut = new aws.appautoscaling.Policy('TrainerScaleOut', {
  policyType: 'StepScaling',
  serviceNamespace: scalingTarget.serviceNamespace,
  scalableDimension: scalingTarget.scalableDimension,
  resourceId: scalingTarget.resourceId,
  stepScalingPolicyConfiguration: {
    adjustmentType: 'ExactCapacity',
    cooldown: 60,
    metricAggregationType: 'Maximum',
    // Bounds are relative to the alarm threshold (1 queued run): one trainer per queued run.
    stepAdjustments: Array.from({ length: MAX_TRAINERS }, (_, i) => ({
      metricIntervalLowerBound: String(i),
      ...(i < MAX_TRAINERS - 1 ? { metricIntervalUpperBound: String(i + 1) } : {}),
      scalingAdjustment: i + 1,
    })),
  },
});

const scaleIn = new aws.appautoscaling.Policy('TrainerScaleIn', {
  policyType: 'StepScaling',
  serviceNamespace: scalingTarget.serviceNamespace,
  scalableDimension: scalingTarget.scalableDimension,
  resourceId: scalingTarget.resourceId,
  stepScalingPolicyConfiguration: {
    adjustmentType: 'ExactCapacity', cooldown: 600, metricAggregationType: 'Maximum',
    stepAdjustments: [{ metricIntervalUpperBound: '0', scalingAdjustment: 0 }],
  },
});

new aws.cloudwatch.MetricAlarm('TrainerRunsQueued', {
  ...queuedRuns, comparisonOperator: 'GreaterThanOrEqualToThreshold', threshold: 1, evaluationPeriods: 1,
  treatMissingData: 'notBreaching', alarmActions: [scaleOut.arn],
});

new aws.cloudwatch.MetricAlarm('TrainerIdle', {
  // Queued + running runs: a trainer mid-run keeps the count at 1 or more, so it is never scaled in under a run.
  ...queuedRuns, comparisonOperator: 'LessThanThreshold', threshold: 1, evaluationPeriods: 15,
  treatMissingData: 'breaching', alarmActions: [scaleIn.arn],
});
