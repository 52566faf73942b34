// Reading and rewriting a contact's PHONE list. amoCRM's PATCH replaces the whole list,
// so every write here is built from a freshly read contact: all values but the one moved.
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { Contact, CustomFieldWrite } from '../schemas';

type WriteValue = { value: string; enum_code?: string; enum_id?: number };

/** The identity of each number in a free-text value: e164 plus `;ext=` (same as CardPhone.key). */
export function phoneKeysIn(raw: string): string[] {
  return findPhoneNumbersInText(raw, 'RU').map((f) => numberKey(f.number.number, f.number.ext));
}

function numberKey(e164: string, ext?: string): string {
  return ext ? `${e164};ext=${ext}` : e164;
}

export function phoneValuesOf(contact: Contact): WriteValue[] {
  const field = contact.custom_fields_values.find((f) => f.field_code === 'PHONE');
  return (field?.values ?? []).flatMap((v) => {
    if (typeof v.value !== 'string') return [];
    const item: WriteValue = { value: v.value };
    if (v.enum_code) item.enum_code = v.enum_code;
    else if (typeof v.enum_id === 'number') item.enum_id = v.enum_id;
    return [item];
  });
}

export function holdsNumber(contact: Contact, key: string): boolean {
  return phoneValuesOf(contact).some((v) => phoneKeysIn(v.value).includes(key));
}

/** Every distinct number key on the contact, for before/after comparisons. */
export function numberKeysOf(contact: Contact): string[] {
  return [...new Set(phoneValuesOf(contact).flatMap((v) => phoneKeysIn(v.value)))];
}

export interface RemovedValue extends WriteValue {
  /** When the stored value held other numbers too, what we wrote in its place. */
  replacement?: string;
}

/** The PHONE list without the number `key`; values holding other numbers keep those numbers. */
export function withoutNumber(contact: Contact, key: string): { remaining: WriteValue[]; removed: RemovedValue[] } {
  const remaining: WriteValue[] = [];
  const removed: RemovedValue[] = [];
  for (const item of phoneValuesOf(contact)) {
    const found = findPhoneNumbersInText(item.value, 'RU');
    if (!found.some((f) => numberKey(f.number.number, f.number.ext) === key)) {
      remaining.push(item);
      continue;
    }
    const others = found.filter((f) => numberKey(f.number.number, f.number.ext) !== key);
    if (others.length === 0) {
      removed.push(item);
      continue;
    }
    const replacement = others.map((f) => item.value.slice(f.startsAt, f.endsAt)).join(', ');
    remaining.push({ ...item, value: replacement });
    removed.push({ ...item, replacement });
  }
  return { remaining, removed };
}

/** The PHONE field entry for a PATCH: the whole list, or null to clear it. */
export function phoneFieldWrite(contact: Contact, values: WriteValue[]): CustomFieldWrite {
  const field = contact.custom_fields_values.find((f) => f.field_code === 'PHONE');
  const target = field ? { field_id: field.field_id } : { field_code: 'PHONE' };
  return { ...target, values: values.length > 0 ? values : null };
}

/** Last ten digits: how amoCRM's full-text search finds a number whatever its format. */
export function searchDigits(key: string): string {
  const digits = key.split(';')[0]?.replace(/\D/g, '') ?? '';
  return digits.slice(-10);
}
