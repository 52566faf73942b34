// The widget ships phone metadata for our accounts' countries only (src/domain/phones/metadata.ts):
// every such country's mobile numbers still read as valid, and a number from elsewhere is reported
// to the manager as not a number rather than dropped.
import { describe, expect, test } from 'vitest';
import examples from 'libphonenumber-js/examples.mobile.json';
import all from 'libphonenumber-js/metadata.min.json';
import { getCountryCallingCode } from 'libphonenumber-js/core';
import { parsePhoneValue } from '../../src/domain';
import { PHONE_COUNTRIES, phoneMetadata, pickCountries } from '../../src/domain/phones/metadata';

const numbersOf = (raw: string) => parsePhoneValue(raw).numbers.map((n) => n.e164);

describe('phone metadata cut to our countries', () => {
  test.each(PHONE_COUNTRIES.map((c) => [c]))('a %s mobile typed with its country code is a valid number', (country) => {
    const e164 = `+${getCountryCallingCode(country, all)}${examples[country]}`;
    expect(numbersOf(e164)).toEqual([e164]);
  });

  test('a French or Brazilian number is kept as text the manager sees, not dropped and not a number', () => {
    for (const raw of ['+33 6 12 34 56 78', '+55 11 96123-4567']) {
      const value = parsePhoneValue(raw);
      expect(value.numbers).toEqual([]);
      expect(value.invalid).toEqual([raw]);
    }
  });

  test('shared calling codes keep only our countries, in libphonenumber’s order; the rest of the world goes', () => {
    expect(phoneMetadata.country_calling_codes['7']).toEqual(['RU', 'KZ']);
    expect(phoneMetadata.country_calling_codes['1']).toEqual(['US', 'CA']);
    expect(phoneMetadata.country_calling_codes['33']).toBeUndefined();
    expect(Object.keys(phoneMetadata.countries).sort()).toEqual([...PHONE_COUNTRIES].sort());
    expect(pickCountries(all, ['BY']).country_calling_codes).toEqual({ 375: ['BY'] });
  });
});
