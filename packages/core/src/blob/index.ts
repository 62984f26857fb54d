export * from './types.ts';
export * from './key.ts';
export * from './file.ts';
export * from './s3.ts';
export * from './open.ts';
