// What the "why" of one number opens into: the deals, calls, contacts and client-base rows
// of the partner's evidence that mention this number. Plain selection, no I/O.
import { asCallNote, type CatalogElement, type Contact, type Lead, type Note, type CallParams } from '../api/schemas';
import type { CardPhone, DetectedFields, OwnerVerdict } from '../domain/types';
import type { LoadedPartnerEvidence } from '../api/client/evidence';
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

export interface ListedEvidence {
  deals: DealLine[];
  calls: CallLine[];
  contacts: Contact[];
  clientBase: CatalogElement[];
}

function keysOf(entity: { custom_fields_values: Array<{ values: Array<{ value?: unknown }> }> }): Set<string> {
  const keys = new Set<string>();
  for (const field of entity.custom_fields_values) {
    for (const v of field.values) {
      if (typeof v.value !== 'string') continue;
      for (const p of parsePhoneValue(v.value).numbers) keys.add(phoneKey(p.e164, p.ext));
    }
  }
  return keys;
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

/** The evidence of every number on the card, by phone key. Each call and contact is parsed once. */
export function evidenceByPhone(
  evidence: LoadedPartnerEvidence,
  phones: CardPhone[],
  verdicts: OwnerVerdict[] | undefined,
  fields: DetectedFields,
): Map<string, ListedEvidence> {
  const callsByE164 = new Map<string, CallLine[]>();
  for (const note of evidence.calls) {
    const call = asCallNote(note);
    const e164 = call ? normalizeCallPhone(call.call.phone) : null;
    if (!call || !e164) continue;
    callsByE164.set(e164, [...(callsByE164.get(e164) ?? []), call]);
  }
  const contactKeys = [
    ...evidence.dealContacts,
    ...Object.values(evidence.otherPartnersByPhone ?? {}).flat(),
    ...Object.values(evidence.contactsByPhone ?? {}).flat(),
  ]
    .filter((c) => c.id !== evidence.partner.id)
    .map((c) => ({ contact: c, keys: keysOf(c) }));
  const baseKeys = evidence.clientBase.map((row) => ({ row, keys: keysOf(row) }));
  const result = new Map<string, ListedEvidence>();
  for (const phone of phones) {
    const verdict = verdicts?.find((v) => v.phoneKey === phone.key);
    const calls = [...(callsByE164.get(phone.phone.e164) ?? [])].sort((a, b) => b.created_at - a.created_at);
    const dealIds = new Set([...(verdict?.dealIds ?? []), ...calls.map((c) => c.entity_id)]);
    const contacts = new Map<number, Contact>();
    for (const { contact, keys } of contactKeys) if (keys.has(phone.key)) contacts.set(contact.id, contact);
    result.set(phone.key, {
      deals: evidence.deals.filter((d) => dealIds.has(d.id)).map((d) => dealLine(d, fields)),
      calls,
      contacts: [...contacts.values()],
      clientBase: baseKeys.filter((b) => b.keys.has(phone.key)).map((b) => b.row),
    });
  }
  return result;
}
