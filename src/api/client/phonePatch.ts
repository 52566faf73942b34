// Safe edits of multitext lists (PHONE, EMAIL). amoCRM replaces a field's whole value list on
// PATCH, so a patch built from a stale or partial list deletes numbers nobody meant to delete.
// These helpers build the full remaining list from a freshly read contact only.
import type { Contact, CustomFieldValueItem, CustomFieldWrite } from '../schemas';
import { ageOfRead, FRESH_FOR_MS } from './freshness';

export type MultitextCode = 'PHONE' | 'EMAIL';

export interface MultitextItem {
  value: string;
  enum_code?: string;
}

export interface ListChange {
  /** Positions in the current list, or a test on each stored item. */
  remove?: readonly number[] | ((item: CustomFieldValueItem, index: number) => boolean);
  add?: readonly MultitextItem[];
}

export class StaleContactError extends Error {
  constructor(reason: string) {
    super(`Refusing to build a list patch: ${reason}. Re-read the contact with getContact(id) first.`);
    this.name = 'StaleContactError';
  }
}

function writeItem(item: CustomFieldValueItem): { value?: string | number | boolean; enum_code?: string; enum_id?: number } {
  const value =
    typeof item.value === 'string' || typeof item.value === 'number' || typeof item.value === 'boolean' ? item.value : undefined;
  return {
    ...(value !== undefined ? { value } : {}),
    // enum_code names the kind (WORK, MOB…); enum_id only when the account gave no code.
    ...(item.enum_code ? { enum_code: item.enum_code } : item.enum_id != null ? { enum_id: item.enum_id } : {}),
  };
}

/** The `custom_fields_values` entry that leaves the list as `current` minus `remove` plus `add`. */
export function multitextListPatch(current: Contact, code: MultitextCode, change: ListChange, now: number = Date.now()): CustomFieldWrite {
  const age = ageOfRead(current, now);
  if (age === undefined) throw new StaleContactError('the contact was not read by getContact (a copy, a list row or a hand-made object)');
  if (age > FRESH_FOR_MS) throw new StaleContactError(`the contact was read ${Math.round(age / 1000)} s ago`);

  const field = current.custom_fields_values.find((f) => f.field_code === code);
  const items = field?.values ?? [];
  const { remove } = change;
  if (Array.isArray(remove)) {
    const bad = remove.filter((i) => !Number.isInteger(i) || i < 0 || i >= items.length);
    if (bad.length > 0) throw new StaleContactError(`positions ${bad.join(', ')} are not in the ${code} list of ${items.length}`);
  }
  const drop = (item: CustomFieldValueItem, i: number): boolean =>
    remove === undefined ? false : typeof remove === 'function' ? remove(item, i) : (remove as readonly number[]).includes(i);

  const kept = items.filter((item, i) => !drop(item, i)).map(writeItem);
  const added = (change.add ?? []).map((a) => ({ value: a.value, ...(a.enum_code ? { enum_code: a.enum_code } : {}) }));
  const values = [...kept, ...added];
  const target = field ? { field_id: field.field_id } : { field_code: code };
  // An empty list is sent as null: amoCRM documents null as "clear", [] is unverified.
  return { ...target, values: values.length > 0 ? values : null };
}

export function phoneListPatch(current: Contact, change: ListChange, now?: number): CustomFieldWrite {
  return multitextListPatch(current, 'PHONE', change, now);
}
