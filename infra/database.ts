// The catalog's metadata: PostgreSQL (RDS) in a VPC. Functions that link it run in the VPC; the
// NAT lets the crawler reach the public sources from there (ec2 NAT: a few $/month, not managed NAT's).
export const vpc = new sst.aws.Vpc('Vpc', { nat: 'ec2' });

export const database = new sst.aws.Postgres('CatalogDatabase', {
  vpc,
  version: '16.4',
  instance: 't4g.micro',
  storage: '20 GB',
  database: 'shadertrain',
});
