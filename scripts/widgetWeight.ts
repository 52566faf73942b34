// Vite plugins that keep script.js light (issue 13: ≤ 120 KB gzip) without touching how our own
// code reads: phone metadata cut to our countries.
import { readFileSync } from 'node:fs';
import type { MetadataJson } from 'libphonenumber-js/core';
import type { Plugin } from 'vite';
import { PHONE_COUNTRIES, pickCountries } from '../src/domain/phones/metadata';

// `import … from 'libphonenumber-js/metadata.min.json'` resolves to the package's ESM copy, `metadata.min.json.js`.
const PHONE_METADATA = /[\\/]libphonenumber-js[\\/]metadata\.min\.json(\.js)?$/;

/** Ships libphonenumber's metadata already cut to PHONE_COUNTRIES (the app cuts it the same way at run time). */
export function phoneMetadataForOurCountries(): Plugin {
  return {
    name: 'partner-card-cleaner:phone-metadata',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!PHONE_METADATA.test(id)) return null;
      const all = JSON.parse(readFileSync(id.replace(/\.js$/, ''), 'utf8')) as MetadataJson;
      const picked = JSON.stringify(pickCountries(all, PHONE_COUNTRIES));
      return id.endsWith('.js') ? `export default ${picked};` : picked;
    },
  };
}
