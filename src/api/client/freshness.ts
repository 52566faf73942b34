// Remembers which contact objects came straight from a single-contact read, and when.
// A multitext patch replaces the whole list, so building one from an object that was not
// freshly read (a cached, copied or hand-made contact) could silently drop numbers.
import type { Contact } from '../schemas';

const readAt = new WeakMap<Contact, number>();

export const FRESH_FOR_MS = 60_000;

export function rememberFreshRead(contact: Contact, at: number = Date.now()): Contact {
  readAt.set(contact, at);
  return contact;
}

/** Milliseconds since this exact object was read from amoCRM, or undefined if it never was. */
export function ageOfRead(contact: Contact, now: number = Date.now()): number | undefined {
  const at = readAt.get(contact);
  return at === undefined ? undefined : now - at;
}
