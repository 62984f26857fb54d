#!/usr/bin/env node
// Runs the TypeScript CLI straight from source: tsx registers its ESM loader, no build step.
import { register } from 'tsx/esm/api';
register();
await import('../src/main.ts');
