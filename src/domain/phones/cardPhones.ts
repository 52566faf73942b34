// The numbers of one card: every PHONE value read, identical numbers grouped, duplicates offered for merging.
import type { ContactRecord as Contact } from '../records';
import { phoneItems } from '../fields/readValues';
import type { CardPhone, DetectedFields, PhoneDuplicate, PhoneValueReading } from '../types';
import { displayPhone, type NormalizeOptions } from './normalize';
import { parsePhoneValue } from './parsePhoneValue';
import { incompletePhones, type IncompletePhone } from './incompletePhones';

export interface CardPhones {
  readings: PhoneValueReading[];
  phones: CardPhone[];
  duplicates: PhoneDuplicate[];
  /** Fragments that are not a whole number (a 7-digit city number): shown, never moved. */
  incomplete: IncompletePhone[];
}

/** The identity of a number on a card: E.164 plus the extension, as in RFC 3966. */
export function phoneKey(e164: string, ext?: string): string {
  return ext ? `${e164};ext=${ext}` : e164;
}

export function readPhoneValues(contact: Contact, fields?: Pick<DetectedFields, 'phone'>, opts?: NormalizeOptions): PhoneValueReading[] {
  return phoneItems(contact, fields?.phone).map((item, index) => {
    const raw = typeof item.value === 'string' ? item.value : item.value == null ? '' : String(item.value);
    const parsed = parsePhoneValue(raw, opts);
    const reading: PhoneValueReading = { index, raw, numbers: parsed.numbers, invalid: parsed.invalid };
    if (item.enum_code) reading.enumCode = item.enum_code;
    return reading;
  });
}

function completeness(reading: PhoneValueReading, e164: string): number {
  const n = reading.numbers.find((p) => p.e164 === e164);
  return (n?.ext ? 4 : 0) + (n?.note ? 2 : 0) + (reading.raw.trim().startsWith('+') ? 1 : 0);
}

function duplicateOf(e164: string, group: PhoneValueReading[]): PhoneDuplicate {
  const numbers = group.flatMap((r) => r.numbers.filter((p) => p.e164 === e164));
  const exts = [...new Set(numbers.flatMap((p) => (p.ext ? [p.ext] : [])))];
  const notes = [...new Set(numbers.flatMap((p) => (p.note ? [p.note] : [])))];
  const keep = group.reduce((best, r) => (completeness(r, e164) > completeness(best, e164) ? r : best));
  const keptNumber = keep.numbers.find((p) => p.e164 === e164);
  const keepsAll = keep.numbers.length === 1 && exts.every((x) => x === keptNumber?.ext) && notes.every((x) => x === keptNumber?.note);
  const ext = exts.length === 1 ? exts[0] : undefined;
  const mergedValue = keepsAll ? keep.raw.trim() : [displayPhone(e164, ext), ...notes].join(' ');
  return { e164, indexes: group.map((r) => r.index), keepIndex: keep.index, mergedValue, conflicting: exts.length > 1 };
}

/** Every distinct number on the card with the values it came from, plus the duplicates to merge. */
export function readCardPhones(contact: Contact, fields?: Pick<DetectedFields, 'phone'>, opts?: NormalizeOptions): CardPhones {
  const readings = readPhoneValues(contact, fields, opts);
  const byKey = new Map<string, CardPhone>();
  const byE164 = new Map<string, PhoneValueReading[]>();
  for (const reading of readings) {
    for (const phone of reading.numbers) {
      const key = phoneKey(phone.e164, phone.ext);
      const source = reading.enumCode
        ? { index: reading.index, raw: reading.raw, enumCode: reading.enumCode }
        : { index: reading.index, raw: reading.raw };
      const known = byKey.get(key);
      if (known) {
        known.sources.push(source);
        if (!known.phone.note && phone.note) known.phone = { ...known.phone, note: phone.note };
      } else byKey.set(key, { key, phone, sources: [source] });
      const group = byE164.get(phone.e164) ?? [];
      if (!group.includes(reading)) group.push(reading);
      byE164.set(phone.e164, group);
    }
  }
  const duplicates = [...byE164].filter(([, group]) => group.length > 1).map(([e164, group]) => duplicateOf(e164, group));
  return { readings, phones: [...byKey.values()], duplicates, incomplete: incompletePhones(readings) };
}
