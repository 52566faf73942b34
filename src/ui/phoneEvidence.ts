// What the "why" of one number opens into: the deals, calls, contacts and client-base rows
// of the partner's evidence that mention this number. Plain selection, no I/O.
import { asCallNote, type CatalogElement, type Contact, type Lead, type Note, type CallParams } from '../api/schemas';
import type { CardPhone, DetectedFields, OwnerVerdict, PartnerEvidence } from '../domain/types';
import { normalizeCallPhone, parsePhoneValue } from '../domain/phones/parsePhoneValue';
import { phoneKey } from '../domain/phones/cardPhones';
import { textValue } from '../domain/fields/readValues';

export interface DealLine {
  id: number;
  title: string;
  contract: string;
  stage: 'won' | 'lost' | 'open';
}

export type CallLine = Note & { note_type: 'call_in' | 'call_out'; call: CallParams };

export interface PhoneEvidence {
  deals: DealLine[];
  calls: CallLine[];
  contacts: Contact[];
  clientBase: CatalogElement[];
}

function valuesHold(values: Array<{ value?: unknown }>, key: string): boolean {
  return values.some((v) => typeof v.value === 'string' && parsePhoneValue(v.value).numbers.some((p) => phoneKey(p.e164, p.ext) === key));
}

export function holdsKey(entity: { custom_fields_values: Array<{ values: Array<{ value?: unknown }> }> }, key: string): boolean {
  return entity.custom_fields_values.some((f) => valuesHold(f.values, key));
}

export function dealLine(deal: Lead, fields: DetectedFields): DealLine {
  const address = textValue(deal, fields.address);
  return {
    id: deal.id,
    title: address || deal.name,
    contract: textValue(deal, fields.contract),
    stage: deal.status_id === 142 ? 'won' : deal.status_id === 143 ? 'lost' : 'open',
  };
}

export function phoneEvidence(evidence: PartnerEvidence, phone: CardPhone, verdict: OwnerVerdict | undefined, fields: DetectedFields): PhoneEvidence {
  const calls = evidence.calls
    .map(asCallNote)
    .filter((c): c is CallLine => c !== null && normalizeCallPhone(c.call.phone) === phone.phone.e164)
    .sort((a, b) => b.created_at - a.created_at);
  const dealIds = new Set([...(verdict?.dealIds ?? []), ...calls.map((c) => c.entity_id)]);
  const others = [...evidence.dealContacts, ...(evidence.otherPartnersByPhone?.[phone.key] ?? [])];
  const contacts = [...new Map(others.filter((c) => c.id !== evidence.partner.id && holdsKey(c, phone.key)).map((c) => [c.id, c])).values()];
  return {
    deals: evidence.deals.filter((d) => dealIds.has(d.id)).map((d) => dealLine(d, fields)),
    calls,
    contacts,
    clientBase: evidence.clientBase.filter((row) => holdsKey(row, phone.key)),
  };
}
