// Whose a number most likely is, from a reverse lookup alone (every contact holding it and their
// deals): a foreman's when only foremen hold it, a client's when only other contacts hold it, and
// «not known» when both do — the card-level engine, with calls and the client base, has the final say.
import type { ContactRecord as Contact, DealRecord as Lead } from '../records';
import type { WidgetSettings } from '../settings';
import { textValue } from '../fields/readValues';
import { contactRole } from '../naming/contactRole';
import type { Confidence, DetectedFields, PhoneOwner } from '../types';

export type GuessReasonCode =
  /** No contact holds the number. */
  | 'not-found'
  /** Only foremen's cards hold it. */
  | 'on-partners'
  /** Several foremen hold it: an office or crew line, or a client of two foremen. */
  | 'several-partners'
  /** Only non-foreman contacts hold it. */
  | 'on-clients'
  /** The holders' deals are all at one job address. */
  | 'one-address'
  /** The holders' deals are at several addresses: a client rarely has many jobs. */
  | 'several-addresses'
  /** Foremen and other contacts both hold it. */
  | 'mixed';

export interface GuessReason {
  code: GuessReasonCode;
  params: Record<string, string | number>;
}

export interface NumberOwnerGuess {
  owner: PhoneOwner;
  confidence: Confidence;
  reasons: GuessReason[];
  partners: Contact[];
  clients: Contact[];
}

export interface LookupFacts {
  contacts: Contact[];
  deals: Lead[];
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.,]+/g, ' ')
    .trim();
const names = (contacts: Contact[]) => contacts.map((c) => c.name.trim() || `#${c.id}`).join(', ');

/** Distinct job addresses of the deals (a deal without one counts as its own place). */
function addressesOf(deals: Lead[], fields: Pick<DetectedFields, 'address'>): string[] {
  return [...new Set(deals.map((d) => fold(textValue(d, fields.address)) || `deal:${d.id}`))];
}

export function guessNumberOwner(
  lookup: LookupFacts,
  fields: Pick<DetectedFields, 'role' | 'address'>,
  settings: WidgetSettings = {},
): NumberOwnerGuess {
  const partners = lookup.contacts.filter((c) => contactRole(c, fields, settings) === 'partner');
  const clients = lookup.contacts.filter((c) => !partners.includes(c));
  const base = { partners, clients };
  if (lookup.contacts.length === 0) return { ...base, owner: 'unknown', confidence: 'low', reasons: [{ code: 'not-found', params: {} }] };
  if (partners.length > 0 && clients.length > 0) {
    return {
      ...base,
      owner: 'unknown',
      confidence: 'low',
      reasons: [
        {
          code: 'mixed',
          params: { partners: partners.length, clients: clients.length, partnerNames: names(partners), clientNames: names(clients) },
        },
      ],
    };
  }
  if (partners.length > 0) {
    const reasons: GuessReason[] = [{ code: 'on-partners', params: { count: partners.length, names: names(partners) } }];
    if (partners.length > 1) reasons.push({ code: 'several-partners', params: { count: partners.length } });
    // A card not cleaned yet still holds its clients' numbers, so a foreman's card alone is never sure;
    // on several foremen's cards it may as well be a client of both.
    return { ...base, owner: 'partner', confidence: partners.length === 1 ? 'medium' : 'low', reasons };
  }
  // Only the clients' own deals say where they live; a foreman's would list all his jobs.
  const clientIds = new Set(clients.flatMap((c) => (c._embedded.leads ?? []).map((l) => l.id)));
  const clientDeals = lookup.deals.filter((d) => clientIds.has(d.id));
  const addresses = addressesOf(clientDeals, fields);
  const reasons: GuessReason[] = [{ code: 'on-clients', params: { count: clients.length, names: names(clients) } }];
  const firstDeal = clientDeals[0];
  if (addresses.length === 1 && firstDeal)
    reasons.push({ code: 'one-address', params: { address: textValue(firstDeal, fields.address) || firstDeal.name } });
  if (addresses.length > 1) reasons.push({ code: 'several-addresses', params: { count: addresses.length } });
  return { ...base, owner: 'client', confidence: addresses.length === 1 ? 'high' : addresses.length === 0 ? 'medium' : 'low', reasons };
}
