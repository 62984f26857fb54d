// The AWS app (`sst deploy`). Orchestration only: every resource is declared in infra/<concern>.ts.
// Types of the SST globals: infra/sst-globals.d.ts (here) or .sst/platform/config.d.ts (after `sst install`).
export default $config({
  app(input: { stage?: string }) {
    return {
      name: 'shadertrain',
      removal: input?.stage === 'production' ? 'retain' : 'remove',
      protect: input?.stage === 'production',
      home: 'aws',
      providers: { aws: { region: process.env.AWS_REGION ?? 'us-east-1' } },
    };
  },
  async run() {
    const storage = await import('./infra/storage.ts');
    const database = await import('./infra/database.ts');
    const crawl = await import('./infra/crawl.ts');
    const api = await import('./infra/api.ts');
    const trainer = await import('./infra/trainer.ts');
    return {
      bucket: storage.bucket.name,
      database: database.database.host,
      validationQueue: crawl.queue.url,
      validateImageRepository: crawl.validateRepository.repositoryUrl,
      api: api.apiUrl,
      trainerService: trainer.trainer.nodes.service.name,
    };
  },
});
