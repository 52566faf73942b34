// Phone-number metadata for the countries our accounts' numbers come from: the ex-USSR, the Baltics
// and the neighbours managers call most. libphonenumber's full `min` set (245 countries) was a
// fifth of script.js; a number of any other country is reported as not a valid number, never dropped.
// The build (scripts/widgetWeight.ts) ships the JSON already cut down by the same pickCountries.
import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
import allCountries from 'libphonenumber-js/metadata.min.json';

export const PHONE_COUNTRIES: readonly CountryCode[] = [
  ...['RU', 'KZ', 'BY', 'UA', 'UZ', 'KG', 'TJ', 'TM', 'AM', 'AZ', 'GE', 'MD'],
  ...['LV', 'LT', 'EE', 'FI', 'PL', 'DE', 'GB', 'TR', 'IL', 'AE', 'CN', 'US', 'CA'],
] as CountryCode[];

/** The metadata of `countries` only: calling codes no kept country uses, and non-geographic numbers, go. */
export function pickCountries(all: MetadataJson, countries: readonly CountryCode[]): MetadataJson {
  const keep = new Set<string>(countries);
  const codes: MetadataJson['country_calling_codes'] = {};
  for (const [code, list] of Object.entries(all.country_calling_codes)) {
    const kept = list.filter((c) => keep.has(c));
    if (kept.length) codes[code] = kept;
  }
  const picked: MetadataJson['countries'] = {};
  for (const c of countries) if (all.countries[c]) picked[c] = all.countries[c];
  return { version: all.version, country_calling_codes: codes, countries: picked, nonGeographic: {} };
}

export const phoneMetadata = pickCountries(allCountries, PHONE_COUNTRIES);
