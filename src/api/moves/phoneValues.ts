// Which stored PHONE values hold a number, read by the engine's own parser so the identity of
// a number here is the same CardPhone.key the panel shows. Lists are written with the client's
// phoneListPatch, which refuses anything but a freshly read contact (PATCH replaces the list).
import type { Contact, CustomFieldValueItem, CustomFieldWrite } from '../schemas';
import { phoneListPatch, type MultitextItem } from '../client';
import { parsePhoneValue } from '../../domain/phones/parsePhoneValue';
import { phoneKey } from '../../domain/phones/cardPhones';
import { displayPhone } from '../../domain/phones/normalize';

export function phoneKeysIn(raw: string): string[] {
  return parsePhoneValue(raw).numbers.map((p) => phoneKey(p.e164, p.ext));
}

function rawOf(item: CustomFieldValueItem): string {
  return typeof item.value === 'string' ? item.value : '';
}

function phoneItemsOf(contact: Contact): CustomFieldValueItem[] {
  return contact.custom_fields_values.find((f) => f.field_code === 'PHONE')?.values ?? [];
}

export function holdsNumber(contact: Contact, key: string): boolean {
  return phoneItemsOf(contact).some((item) => phoneKeysIn(rawOf(item)).includes(key));
}

/** Every distinct number key on the contact, for before/after comparisons. */
export function numberKeysOf(contact: Contact): string[] {
  return [...new Set(phoneItemsOf(contact).flatMap((item) => phoneKeysIn(rawOf(item))))];
}

export interface RemovedValue extends MultitextItem {
  /** When the stored value held other numbers too, what was written in its place. */
  replacement?: string;
}

/** The PATCH entry leaving the contact without number `key`; values holding other numbers keep those. */
export function withoutNumber(contact: Contact, key: string): { write: CustomFieldWrite; removed: RemovedValue[] } {
  const removed: RemovedValue[] = [];
  const replacements: MultitextItem[] = [];
  for (const item of phoneItemsOf(contact)) {
    const raw = rawOf(item);
    const numbers = parsePhoneValue(raw).numbers;
    if (!numbers.some((p) => phoneKey(p.e164, p.ext) === key)) continue;
    const original: RemovedValue = item.enum_code ? { value: raw, enum_code: item.enum_code } : { value: raw };
    const others = numbers.filter((p) => phoneKey(p.e164, p.ext) !== key);
    if (others.length > 0) {
      const replacement = others.map((p) => [displayPhone(p.e164, p.ext), p.note].filter(Boolean).join(' ')).join(', ');
      replacements.push({ ...original, value: replacement });
      original.replacement = replacement;
    }
    removed.push(original);
  }
  const write = phoneListPatch(contact, { remove: (item) => phoneKeysIn(rawOf(item)).includes(key), add: replacements });
  return { write, removed };
}

export function withNumberAdded(contact: Contact, item: MultitextItem): CustomFieldWrite {
  return phoneListPatch(contact, { add: [item] });
}

/** Puts removed values back: a replacement written in place of a value becomes the original again. */
export function withValuesRestored(contact: Contact, values: RemovedValue[]): CustomFieldWrite {
  const replaced = new Set(values.flatMap((v) => (v.replacement ? [v.replacement] : [])));
  const add = values.map(({ value, enum_code }) => (enum_code ? { value, enum_code } : { value }));
  return phoneListPatch(contact, { remove: (item) => replaced.has(rawOf(item)), add });
}

/** Last ten digits: how amoCRM's full-text search finds a number whatever its format. */
export function searchDigits(key: string): string {
  return (key.split(';')[0] ?? '').replace(/\D/g, '').slice(-10);
}
