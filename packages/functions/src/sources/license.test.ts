import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLicense, licenseFromTags } from './license.ts';

test('detects SPDX ids, Creative Commons names and URLs, and common phrases', () => {
  const cases: Array<[string, string | null]> = [
    ['// SPDX-License-Identifier: Apache-2.0', 'Apache-2.0'],
    ['License: CC0 - do what you like.', 'CC0-1.0'],
    ['Released under the MIT License.', 'MIT'],
    ['licensed under MIT', 'MIT'],
    ['https://creativecommons.org/licenses/by-sa/4.0/', 'CC-BY-SA-4.0'],
    ['CC BY-NC-SA 3.0', 'CC-BY-NC-SA-3.0'],
    ['Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported License.', 'CC-BY-NC-SA-3.0'],
    ['Creative Commons Attribution 4.0 International', 'CC-BY-4.0'],
    ['This is in the public domain', 'LicenseRef-PublicDomain'],
    ['A shader I made at MIT last year', null],
    ['Rings that breathe.', null],
    ['', null],
  ];
  for (const [text, want] of cases) assert.equal(detectLicense(text), want, text);
});

test('license tags', () => {
  assert.equal(licenseFromTags(['noise', 'CC0']), 'CC0-1.0');
  assert.equal(licenseFromTags(['mit']), 'MIT');
  assert.equal(licenseFromTags(['rings']), null);
  assert.equal(licenseFromTags(undefined), null);
});
