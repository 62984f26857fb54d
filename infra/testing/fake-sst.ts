// Recording fakes of the globals SST gives sst.config.ts and infra/* (`sst`, `aws`, `$config`,
// `$app`, `$interpolate`, `$jsonStringify`). The SST CLI cannot run here (it downloads Pulumi), so
// the infra tests install these, import sst.config.ts, call run(), and read what was declared.
//
// Every `new sst.aws.X(name, args)` / `new aws.a.B(name, args)` becomes a Resource record; its
// outputs (`bucket.arn`, `cluster.nodes.cluster.name`) are placeholders that print as
// `<Type:Name>.arn` and remember where they came from; method calls (`queue.subscribe(...)`) are
// recorded on the resource.

const REF = Symbol('ref');

export interface Resource {
  type: string;
  name: string;
  args: Record<string, any>;
  calls: Array<{ method: string; args: any[] }>;
  /** The value the constructor returned (compare links against it with `refersTo`). */
  value: any;
}

export interface Recording {
  resources: Resource[];
  /** The one resource of a type and name (throws if absent). */
  get(type: string, name: string): Resource;
  all(type: string): Resource[];
  restore(): void;
}

interface Ref { resource?: Resource; path: string }

/** A placeholder output: property access goes deeper, calling records a method call, printing gives its path. */
function placeholder(ref: Ref): any {
  const target = function () {};
  return new Proxy(target, {
    get(_, prop) {
      if (prop === REF) return ref;
      if (prop === Symbol.toPrimitive || prop === 'toString' || prop === 'toJSON') return () => ref.path;
      if (prop === 'then') return undefined; // not a promise
      if (prop === 'apply') return (fn: (v: unknown) => unknown) => placeholder({ resource: ref.resource, path: `${ref.path}.apply(${String(fn(ref.path))})` });
      return placeholder({ resource: ref.resource, path: `${ref.path}.${String(prop)}` });
    },
    apply(_, __, args) {
      const base = ref.resource ? `<${ref.resource.type}:${ref.resource.name}>` : '';
      const method = ref.path.startsWith(`${base}.`) ? ref.path.slice(base.length + 1) : ref.path;
      ref.resource?.calls.push({ method, args });
      return placeholder({ resource: ref.resource, path: `${ref.path}()` });
    },
  });
}

/** The resource a placeholder came from (undefined for plain values). */
export function refOf(value: unknown): { resource?: Resource; path: string } | undefined {
  return (typeof value === 'function' || typeof value === 'object') && value !== null ? (value as any)[REF] : undefined;
}

/** Whether `value` is the resource itself or one of its outputs. */
export function refersTo(value: unknown, r: Resource): boolean {
  return refOf(value)?.resource === r;
}

/** Renders values with placeholders into plain JSON-able data (placeholders → their path strings). */
export function plain(value: unknown): any {
  if (refOf(value)) return refOf(value)!.path;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function namespace(resources: Resource[], path: string[]): any {
  return new Proxy(function () {}, {
    get(_, prop) {
      if (prop === 'then') return undefined;
      return namespace(resources, [...path, String(prop)]);
    },
    construct(_, [name, args]) {
      const r: Resource = { type: path.join('.'), name: String(name), args: args ?? {}, calls: [], value: undefined };
      r.value = placeholder({ resource: r, path: `<${r.type}:${r.name}>` });
      resources.push(r);
      return r.value;
    },
    apply(_, __, args) {
      // data sources such as aws.ssm.getParameterOutput({ name })
      return placeholder({ path: `${path.join('.')}(${JSON.stringify(plain(args[0] ?? null))})` });
    },
  });
}

/**
 * Installs the fakes on globalThis; `restore()` removes them.
 *
 * @example
 * const rec = installFakeSst({ stage: 'test' });
 * const config = (await import('../../sst.config.ts')).default;
 * await config.run();
 * rec.get('sst.aws.Bucket', 'CatalogBucket');
 */
export function installFakeSst(app: { name?: string; stage?: string } = {}): Recording {
  const resources: Resource[] = [];
  const g = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(['sst', 'aws', '$config', '$app', '$interpolate', '$jsonStringify', '$dev'].map((k) => [k, g[k]]));
  g.sst = namespace(resources, ['sst']);
  g.aws = namespace(resources, ['aws']);
  g.$config = <T>(c: T) => c;
  g.$app = { name: app.name ?? 'shadertrain', stage: app.stage ?? 'test' };
  g.$dev = false;
  g.$interpolate = (strings: TemplateStringsArray, ...values: unknown[]) => {
    const path = strings.reduce((s, part, i) => s + part + (i < values.length ? String(plain(values[i])) : ''), '');
    return placeholder({ path });
  };
  g.$jsonStringify = (v: unknown) => placeholder({ path: JSON.stringify(plain(v)) });
  return {
    resources,
    get(type, name) {
      const r = resources.find((x) => x.type === type && x.name === name);
      if (!r) throw new Error(`no ${type} named ${name}; declared: ${resources.map((x) => `${x.type}:${x.name}`).join(', ')}`);
      return r;
    },
    all: (type) => resources.filter((x) => x.type === type),
    restore() { for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete g[k]; else g[k] = v; } },
  };
}
