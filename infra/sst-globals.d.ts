// Types for the globals SST gives sst.config.ts and infra/* (`sst`, `aws`, `$config`, …).
// `sst install` generates the real ones in .sst/platform/config.d.ts; the SST CLI cannot run here
// (it downloads Pulumi), so the typecheck and the infra tests (infra/infra.test.ts, which installs
// recording fakes of these globals) see them loosely typed.
/* eslint-disable no-var */
declare var sst: any;
declare var aws: any;
declare var $app: { name: string; stage: string };
declare var $config: <T>(config: T) => T;
declare var $interpolate: (strings: TemplateStringsArray, ...values: unknown[]) => any;
declare var $jsonStringify: (value: unknown) => any;
declare var $dev: boolean;
