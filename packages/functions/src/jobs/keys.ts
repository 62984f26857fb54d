/** Blob keys of a program, by content id: the normalized source and its thumbnail. */
export const sourceKey = (id: string): string => `programs/${id}/source.glsl`;
export const thumbnailKey = (id: string): string => `programs/${id}/thumbnail.png`;
