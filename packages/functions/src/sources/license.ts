/** Shadertoy's terms: code without another statement is under CC BY-NC-SA 3.0 Unported. */
export const SHADERTOY_DEFAULT_LICENSE = 'CC-BY-NC-SA-3.0';
/** SPDX's word for "nobody said". */
export const UNKNOWN_LICENSE = 'NOASSERTION';

const CC_PARTS: Record<string, string> = { 'by': 'BY', 'by-sa': 'BY-SA', 'by-nc': 'BY-NC', 'by-nd': 'BY-ND', 'by-nc-sa': 'BY-NC-SA', 'by-nc-nd': 'BY-NC-ND' };

const PHRASES: Array<[RegExp, string]> = [
  [/\bcc0\b|creative\s+commons\s+zero|cc\s+zero/i, 'CC0-1.0'],
  [/\bunlicen[sc]e\b/i, 'Unlicense'],
  [/\bwtfpl\b/i, 'WTFPL'],
  [/\bmit\s+licen[sc]e|licen[sc]ed?\s*(?:under\s+(?:the\s+)?)?:?\s*mit\b|\(mit\)/i, 'MIT'],
  [/\bapache(?:\s+licen[sc]e)?,?\s*(?:version\s*)?2(?:\.0)?\b/i, 'Apache-2.0'],
  [/\bbsd[\s-]?3[\s-]?clause\b/i, 'BSD-3-Clause'],
  [/\bbsd[\s-]?2[\s-]?clause\b/i, 'BSD-2-Clause'],
  [/\bzlib\s+licen[sc]e\b/i, 'Zlib'],
  [/\b(?:gnu\s+)?gpl[\s-]?v?3\b/i, 'GPL-3.0-only'],
  [/\b(?:public\s+domain)\b/i, 'LicenseRef-PublicDomain'],
];

/**
 * Finds a license statement in free text (a description, a header comment, tags): an
 * `SPDX-License-Identifier`, a Creative Commons name or URL, or a common phrase. `null` if none.
 *
 * @example
 * detectLicense('Feel free to use, license: CC0') // 'CC0-1.0'
 * detectLicense('creativecommons.org/licenses/by-sa/4.0/') // 'CC-BY-SA-4.0'
 */
export function detectLicense(text: string | undefined | null): string | null {
  if (!text) return null;
  const spdx = /SPDX-License-Identifier:\s*([A-Za-z0-9.+-]+)/.exec(text);
  if (spdx) return spdx[1];
  const url = /creativecommons\.org\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\/(\d\.\d)/i.exec(text);
  if (url) return `CC-${CC_PARTS[url[1].toLowerCase()]}-${url[2]}`;
  if (/creativecommons\.org\/publicdomain\/zero/i.test(text)) return 'CC0-1.0';
  // "CC BY-NC-SA 4.0", "CC-BY 3.0", "cc by-sa"
  const short = /\bcc[\s-]+(by(?:[\s-]+nc)?(?:[\s-]+(?:sa|nd))?)(?:[\s-]+v?(\d\.\d))?\b/i.exec(text);
  if (short) return `CC-${CC_PARTS[short[1].toLowerCase().replace(/\s+/g, '-')]}-${short[2] ?? '4.0'}`;
  // "Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported"
  const long = /creative\s+commons\s+attribution((?:[\s-]+non-?commercial)?(?:[\s-]+(?:share-?alike|no-?deriv\w*))?)\s+(\d\.\d)/i.exec(text);
  if (long) {
    const mods = long[1].toLowerCase();
    const parts = ['by', /non-?commercial/.test(mods) ? 'nc' : '', /share-?alike/.test(mods) ? 'sa' : /no-?deriv/.test(mods) ? 'nd' : ''].filter(Boolean).join('-');
    return `CC-${CC_PARTS[parts]}-${long[2]}`;
  }
  for (const [re, id] of PHRASES) if (re.test(text)) return id;
  return null;
}

/** Tags that state a license on their own (Shadertoy tags are lower-case words). */
export function licenseFromTags(tags: readonly string[] | undefined): string | null {
  for (const raw of tags ?? []) {
    const t = raw.toLowerCase().replace(/[\s_]+/g, '');
    if (t === 'cc0' || t === 'cc0-1.0') return 'CC0-1.0';
    if (t === 'mit' || t === 'mitlicense') return 'MIT';
    if (t === 'publicdomain') return 'LicenseRef-PublicDomain';
    if (t === 'unlicense') return 'Unlicense';
    const cc = detectLicense(raw);
    if (cc && cc.startsWith('CC-')) return cc;
  }
  return null;
}
