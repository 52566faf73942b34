// Reverse lookup: which contacts hold a number, and their deals. amoCRM's `query` is full-text
// (a hit may come from a name or a note), so every hit is re-checked against its PHONE digits.
import type { Contact, Lead } from '../schemas';
import type { AmoClient } from './index';

export interface PhoneLookupResult {
  /** The digits searched for (the last 10 of what was asked, without the country prefix). */
  digits: string;
  contacts: Contact[];
  deals: Lead[];
}

/** Last 10 digits: `+7 921…` and `8 921…` are different strings in amoCRM but the same number. */
export function searchDigits(input: string): string {
  const digits = input.replace(/\D/g, '');
  return digits.length > 10 ? digits.slice(-10) : digits;
}

export function holdsPhoneDigits(contact: Contact, digits: string): boolean {
  const phone = contact.custom_fields_values.find((f) => f.field_code === 'PHONE');
  return (phone?.values ?? []).some((v) => typeof v.value === 'string' && v.value.replace(/\D/g, '').includes(digits));
}

export async function lookupPhone(client: AmoClient, input: string, opts: { signal?: AbortSignal } = {}): Promise<PhoneLookupResult> {
  const digits = searchDigits(input);
  if (digits.length < 5) return { digits, contacts: [], deals: [] };
  const signal = opts.signal ? { signal: opts.signal } : {};
  const hits = await client.searchContacts(digits, { with: ['leads'], ...signal });
  const contacts = hits.filter((c) => holdsPhoneDigits(c, digits));
  const dealIds = contacts.flatMap((c) => (c._embedded.leads ?? []).map((l) => l.id));
  const deals = dealIds.length > 0 ? await client.getLeadsByIds(dealIds, signal) : [];
  return { digits, contacts, deals };
}
