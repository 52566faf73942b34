// Numbers typed without all their digits («926-08-33 дом», a 7-digit city number with no code).
// They are never guessed into the card: shown as incomplete, with what is missing and, where the
// account's other numbers say which city it is, a suggested completion for the manager to confirm.
import type { PhoneValueReading } from '../types';
import { displayPhone, normalizeNumber } from './normalize';

export type MissingPart = 'area-code' | 'digit' | 'unreadable';

export interface IncompletePhone {
  /** `incomplete:<value index>:<n>`: stable while the card's values stay as they are. */
  key: string;
  /** The digits as typed (`926-08-33`). */
  text: string;
  /** The whole stored value it came from, and its position on the card. */
  raw: string;
  index: number;
  /** Words typed beside it (`дом`), when the value holds nothing else. */
  note?: string;
  missing: MissingPart;
}

export interface SuggestedCompletion {
  e164: string;
  display: string;
  areaCode: string;
}

// A run of digits with the punctuation people put inside numbers (as the value parser reads them).
const RUN = /(?:\+\s*)?\(?\d[\d\s\-().]*\d/g;

function missingOf(digits: string): MissingPart {
  // A city number without its code: 5–7 digits (7 in the cities with 3-digit codes).
  if (digits.length >= 5 && digits.length <= 7) return 'area-code';
  // 8 or 9 digits, or a 10-digit «89…»: a mobile or city number with a digit lost.
  if (digits.length <= 9 || (digits.length === 10 && digits.startsWith('89'))) return 'digit';
  return 'unreadable';
}

function noteBeside(raw: string, run: string): string {
  // The words as typed («дом», «Ирина»): they say whose the number is.
  return raw
    .replace(run, ' ')
    .replace(/[\s,;:()\-–—.]+/g, ' ')
    .trim();
}

/** The fragments of the card's values that look like a number but are not a whole one. */
export function incompletePhones(readings: PhoneValueReading[]): IncompletePhone[] {
  const out: IncompletePhone[] = [];
  for (const reading of readings) {
    let n = 0;
    for (const fragment of reading.invalid) {
      for (const m of fragment.matchAll(RUN)) {
        const digits = m[0].replace(/\D/g, '');
        // Fewer than 5 digits is a flat, a house or an extension, not a phone number.
        if (digits.length < 5) continue;
        const entry: IncompletePhone = {
          key: `incomplete:${reading.index}:${n}`,
          text: m[0].trim(),
          raw: reading.raw,
          index: reading.index,
          missing: missingOf(digits),
        };
        n += 1;
        const note = reading.numbers.length === 0 ? noteBeside(reading.raw, m[0]) : '';
        if (note) entry.note = note;
        out.push(entry);
      }
    }
  }
  return out;
}

/** A Russian city landline's 3-digit code (+7 812 …): mobiles (9xx) and 800 numbers have none. */
function cityCode(e164: string): string | null {
  if (!/^\+7[3-8]\d{9}$/.test(e164) || e164.startsWith('+780')) return null;
  return e164.slice(2, 5);
}

/**
 * The city of the account, read from the landlines it already holds (the card's, its deals'
 * contacts'): the most frequent 3-digit code, the earliest seen on a tie. None without a landline.
 */
export function suggestAreaCode(e164s: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const e164 of e164s) {
    const code = cityCode(e164);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [code, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = code;
  return best;
}

/** The number the fragment would be with the account's city code, when that makes a valid one. */
export function suggestCompletion(phone: IncompletePhone, areaCode: string | undefined): SuggestedCompletion | undefined {
  const digits = phone.text.replace(/\D/g, '');
  if (!areaCode || phone.missing !== 'area-code' || digits.length + areaCode.length !== 10) return undefined;
  const full = normalizeNumber(digits, { localAreaCode: areaCode });
  return full ? { e164: full.e164, display: displayPhone(full.e164), areaCode } : undefined;
}
