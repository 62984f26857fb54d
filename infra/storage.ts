// The blob store: program sources, thumbnails, snapshot manifests, checkpoints. Private; the API
// hands out presigned URLs for downloads. Secrets live here too: they are storage of a kind.
export const bucket = new sst.aws.Bucket('CatalogBucket');

/** `sst secret set ShadertoyApiKey …`; read through the one config module (jobs/resources.ts). */
export const shadertoyApiKey = new sst.Secret('ShadertoyApiKey');
/** Bearer token of the API's write routes. */
export const apiToken = new sst.Secret('ApiToken');
