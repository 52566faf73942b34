// Who else holds the numbers a manager might move: one reverse search per number (its last 10
// digits, re-checked against PHONE digits), at bulk priority so the card's own reads go first.
import type { Contact } from '../schemas';
import { holdsPhoneDigits, searchDigits } from './phoneLookup';
import type { AmoClient } from './index';

export interface NumberToCheck {
  /** The number's key on the card (e164 plus extension): the key the engine reads by. */
  key: string;
  e164: string;
}

export interface NumberHolders {
  /** Other foremen's cards holding each number, by phone key. */
  otherPartnersByPhone: Record<string, Contact[]>;
  /** Other contacts (clients, unknown) holding each number, by phone key: where a move could go. */
  contactsByPhone: Record<string, Contact[]>;
}

export interface HoldersOptions {
  signal?: AbortSignal;
  /** One definition of «foreman» for the whole widget: the caller passes the domain's. */
  isPartnerContact: (contact: Contact) => boolean;
}

export async function loadNumberHolders(
  client: AmoClient,
  partnerId: number,
  numbers: readonly NumberToCheck[],
  opts: HoldersOptions,
): Promise<NumberHolders> {
  const out: NumberHolders = { otherPartnersByPhone: {}, contactsByPhone: {} };
  const read = { priority: 'bulk' as const, ...(opts.signal ? { signal: opts.signal } : {}) };
  await Promise.all(
    numbers.map(async ({ key, e164 }) => {
      const digits = searchDigits(e164);
      const hits = await client.searchContacts(digits, read);
      const holders = hits.filter((c) => c.id !== partnerId && holdsPhoneDigits(c, digits));
      out.otherPartnersByPhone[key] = holders.filter((c) => opts.isPartnerContact(c));
      out.contactsByPhone[key] = holders.filter((c) => !opts.isPartnerContact(c));
    }),
  );
  return out;
}
