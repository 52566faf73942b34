// Turns one typed number (digits with any punctuation) into E.164. Only `min` metadata of the
// countries in metadata.ts ships; Russian mobile/landline is told by prefix.
import { parsePhoneNumberFromString as parseWith, type CountryCode } from 'libphonenumber-js/core';
import { phoneMetadata } from './metadata';
import type { ParsedPhone } from '../types';

export interface NormalizeOptions {
  /** ISO country for numbers typed without a country code; RU when absent. */
  defaultCountry?: string;
  /**
   * City code for numbers typed with no code at all (`555-12-34`). Absent by default: a
   * 7-digit number is then reported as invalid rather than guessed, since the same card may
   * hold numbers of several cities and a wrong guess would create a stranger's number.
   */
  localAreaCode?: string;
}

export function countryOf(opts: NormalizeOptions | undefined): CountryCode {
  const c = (opts?.defaultCountry ?? 'RU').toUpperCase();
  return (/^[A-Z]{2}$/.test(c) ? c : 'RU') as CountryCode;
}

/** libphonenumber's parser over our countries' metadata. */
function parsePhoneNumberFromString(text: string, country?: CountryCode) {
  return country ? parseWith(text, country, phoneMetadata) : parseWith(text, phoneMetadata);
}

/** Uses the ex-USSR trunk habits (8…, 7… without plus) only where +7 is the home code. */
function withCountryCode(digits: string, hasPlus: boolean, country: CountryCode, opts?: NormalizeOptions): string | null {
  if (hasPlus) return '+' + digits;
  const sevenZone = country === 'RU' || country === 'KZ';
  if (sevenZone) {
    if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) return '+7' + digits.slice(1);
    // No Russian area code starts with 89: `8 921 123 45 6` is a mobile with a digit lost.
    if (digits.length === 10) return digits.startsWith('89') ? null : '+7' + digits;
    // 810 is the old Russian international prefix: 810 375 29 …
    if (digits.startsWith('810') && digits.length > 11) return '+' + digits.slice(3);
    if (digits.length === 7 && opts?.localAreaCode) return '+7' + opts.localAreaCode + digits;
    if (digits.length > 11 && !digits.startsWith('7') && !digits.startsWith('8')) return '+' + digits;
    return null;
  }
  return digits;
}

function kindOf(e164: string, country: string | undefined): ParsedPhone['kind'] {
  if (country === 'RU') {
    const code = e164.slice(2, 3);
    if (code === '9') return 'mobile';
    if (code === '3' || code === '4' || code === '8') return e164.startsWith('+7800') ? 'other' : 'landline';
    return 'other';
  }
  return 'other';
}

/** `+7 921 123-45-67` for Russian numbers, libphonenumber's international form otherwise. */
export function displayPhone(e164: string, ext?: string): string {
  const n = parsePhoneNumberFromString(e164);
  let text = e164;
  if (n) {
    text =
      n.country === 'RU'
        ? '+7 ' +
          n
            .formatNational()
            .replace(/^8\s*\(?(\d+)\)?\s*/, '$1 ')
            .trim()
        : n.formatInternational();
  }
  return ext ? `${text} доб. ${ext}` : text;
}

type Normalized = Omit<ParsedPhone, 'ext' | 'note'>;

// A heavy card has thousands of calls from a few hundred numbers: parsing each string once
// keeps the engine in milliseconds. Bounded, and pure (same input, same answer).
const cache = new Map<string, Normalized | null>();
const CACHE_LIMIT = 20_000;

/** Russian mobiles (+7 9xx, all valid by the plan) are the bulk of every card and call list. */
function russianMobile(digits: string, hasPlus: boolean): Normalized | null {
  const national =
    digits.length === 11 && (digits[0] === '7' || (!hasPlus && digits[0] === '8'))
      ? digits.slice(1)
      : digits.length === 10 && !hasPlus
        ? digits
        : '';
  if (national[0] !== '9') return null;
  const display = `+7 ${national.slice(0, 3)} ${national.slice(3, 6)}-${national.slice(6, 8)}-${national.slice(8)}`;
  return { e164: `+7${national}`, display, kind: 'mobile', country: 'RU' };
}

/** One candidate (digits and punctuation only) → a number, or null when it is not a valid one. */
export function normalizeNumber(candidate: string, opts?: NormalizeOptions): Normalized | null {
  const key = `${opts?.defaultCountry ?? ''}|${opts?.localAreaCode ?? ''}|${candidate}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const result = normalizeUncached(candidate, opts);
  cache.set(key, result);
  return result;
}

function normalizeUncached(candidate: string, opts?: NormalizeOptions): Normalized | null {
  const hasPlus = candidate.trim().startsWith('+');
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  const country = countryOf(opts);
  if (country === 'RU') {
    const mobile = russianMobile(digits, hasPlus);
    if (mobile) return mobile;
  }
  const full = withCountryCode(digits, hasPlus, country, opts);
  if (!full) return null;
  const n = full.startsWith('+') ? parsePhoneNumberFromString(full) : parsePhoneNumberFromString(full, country);
  if (!n || !n.isValid()) return null;
  const e164 = n.number;
  return { e164, display: displayPhone(e164), kind: kindOf(e164, n.country), country: n.country };
}

/** The 10 national digits Russians search by (`9211234567`), or the E.164 digits elsewhere. */
export function searchDigits(e164: string): string {
  return e164.startsWith('+7') ? e164.slice(2) : e164.replace(/\D/g, '');
}
