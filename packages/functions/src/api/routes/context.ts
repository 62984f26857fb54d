// What every route module receives from createApp.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { BlobStore } from '@shadertrain/core/blob/types';
import type { ApiActions, ApiEnv } from '../deps.ts';
import type { ResponseCache } from '../cache.ts';

export type ApiApp = OpenAPIHono<ApiEnv>;
export interface RouteContext {
  blobs: BlobStore;
  actions: ApiActions;
  cache: ResponseCache | null;
  maxPageSize: number;
  presignSeconds: number;
}

/** The standard error responses, referenced by every route's `responses`. */
import { ErrorSchema } from '../schemas.ts';
export const errors = (...statuses: (400 | 401 | 403 | 404 | 413 | 501)[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { description: ({ 400: 'invalid input', 401: 'missing or malformed bearer token', 403: 'wrong bearer token', 404: 'not found', 413: 'body too large', 501: 'not available on this deployment' } as const)[s], content: { 'application/json': { schema: ErrorSchema } } }]),
  ) as Record<string, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }>;

export const API = '/api/v1';
