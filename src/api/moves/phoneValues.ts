// The partner's and the client's PHONE values as text people typed. A number is cut out of a
// value (with its extension and words) and everything else in the value is written back as it
// was, in place; identity of a number is the engine's CardPhone.key. Lists are built from a
// freshly read contact only (amoCRM's PATCH replaces the whole list).
import type { Contact, CustomFieldValueItem, CustomFieldWrite } from '../schemas';
import { phoneListPatch, type MultitextItem } from '../client';
import { parsePhoneValue } from '../../domain/phones/parsePhoneValue';
import { phoneKey } from '../../domain/phones/cardPhones';
import { takeNumber } from '../../domain/phones/valueText';

export function phoneKeysIn(raw: string): string[] {
  return parsePhoneValue(raw).numbers.map((p) => phoneKey(p.e164, p.ext));
}

function rawOf(item: CustomFieldValueItem): string {
  return typeof item.value === 'string' ? item.value : '';
}

export function phoneItemsOf(contact: Contact): CustomFieldValueItem[] {
  return contact.custom_fields_values.find((f) => f.field_code === 'PHONE')?.values ?? [];
}

export function holdsNumber(contact: Contact, key: string): boolean {
  return phoneItemsOf(contact).some((item) => phoneKeysIn(rawOf(item)).includes(key));
}

/** Every distinct number key on the contact, for before/after comparisons. */
export function numberKeysOf(contact: Contact): string[] {
  return [...new Set(phoneItemsOf(contact).flatMap((item) => phoneKeysIn(rawOf(item))))];
}

/** What a move cut out of one stored value: enough for undo to put back only that. */
export interface ValueCut {
  /** The value as it was stored. */
  original: string;
  enum_code?: string;
  /** The number with its extension and words, as typed. */
  taken: string;
  /** What was written in its place; null when the value held nothing else and went. */
  remaining: string | null;
}

/** Rewrites the fresh contact's PHONE list value by value: `edit` returns the new text, null to drop, undefined to keep. */
export function editPhoneValues(
  contact: Contact,
  edit: (raw: string, index: number) => string | null | undefined,
  add: MultitextItem[] = [],
): CustomFieldWrite {
  const items = phoneItemsOf(contact);
  const edits = items.map((item, i) => edit(rawOf(item), i));
  // phoneListPatch checks the read is fresh and keeps each item's type; its values line up with `items`.
  const whole = phoneListPatch(contact, { remove: (_item, i) => edits[i] === null, add });
  const kept = items.map((_, i) => i).filter((i) => edits[i] !== null);
  const values = whole.values?.map((v, j) => {
    const i = kept[j];
    const text = i === undefined ? undefined : edits[i];
    return typeof text === 'string' ? { ...v, value: text } : v;
  });
  return { ...whole, values: values && values.length > 0 ? values : null };
}

/** The PATCH entry leaving the contact without number `key`; each value keeps all its other text. */
export function withoutNumber(contact: Contact, key: string): { write: CustomFieldWrite; cuts: ValueCut[] } {
  const cuts: ValueCut[] = [];
  const write = editPhoneValues(contact, (raw, i) => {
    const cut = takeNumber(raw, key);
    if (!cut) return undefined;
    const enumCode = phoneItemsOf(contact)[i]?.enum_code;
    cuts.push({ original: raw, taken: cut.taken, remaining: cut.remaining, ...(enumCode ? { enum_code: enumCode } : {}) });
    return cut.remaining;
  });
  return { write, cuts };
}

/** The number's text as typed on this contact (every value holding it), for the client's value. */
export function numberTextOn(contact: Contact, key: string): string | undefined {
  const taken = phoneItemsOf(contact).flatMap((item) => takeNumber(rawOf(item), key)?.taken ?? []);
  return taken.length > 0 ? [...new Set(taken)].join(', ') : undefined;
}

export function withNumberAdded(contact: Contact, item: MultitextItem): CustomFieldWrite {
  return phoneListPatch(contact, { add: [item] });
}

/**
 * Puts back only what a move cut: a value still reading as the move left it gets its original
 * text again; otherwise (another manager edited it, another move took the rest) the taken text
 * comes back as a value of its own and `changedSince` says the card moved on.
 */
export function withCutsRestored(contact: Contact, cuts: ValueCut[]): { write: CustomFieldWrite; changedSince: boolean } {
  const used = new Set<number>();
  const add: MultitextItem[] = [];
  let changedSince = false;
  const items = phoneItemsOf(contact).map(rawOf);
  const replace = new Map<number, string>();
  for (const cut of cuts) {
    const at = cut.remaining === null ? -1 : items.findIndex((raw, i) => !used.has(i) && raw === cut.remaining);
    if (at >= 0) {
      used.add(at);
      replace.set(at, cut.original);
      continue;
    }
    if (cut.remaining !== null) changedSince = true;
    const value = cut.remaining === null ? cut.original : cut.taken;
    add.push(cut.enum_code ? { value, enum_code: cut.enum_code } : { value });
  }
  return { write: editPhoneValues(contact, (_raw, i) => replace.get(i), add), changedSince };
}

/** Last ten digits: how amoCRM's full-text search finds a number whatever its format. */
export function searchDigits(key: string): string {
  return (key.split(';')[0] ?? '').replace(/\D/g, '').slice(-10);
}
