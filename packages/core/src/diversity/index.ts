/** The diversity report: render statistics per family and source, near-duplicates, contact sheets. */
export { diversityReport, distribution, quantile, METRICS, type DiversityOptions, type DiversityReport, type GroupReport, type Distribution, type RenderFn, type RenderOutput, type RenderClientLike, type ReportProgram, type ReportStats } from './report.ts';
export { contactSheet, type ContactSheetOptions } from './contact-sheet.ts';
export { dHash, dHashPng, hamming, hashHex, parseHashHex, nearDuplicates, HASH_BITS, NEAR_DUPLICATE_BITS, NEAR_DUPLICATE_FRACTION, type Hash256 } from './phash.ts';
export { decodePng, encodePng, resize, type RgbImage } from './image.ts';
