// Loads everything the ownership engine weighs for one partner card (PartnerEvidence), in as few
// dependent round trips as amoCRM allows: the card first; then the deals and every call note of
// them side by side (deal ids come with the card); then the deals' other contacts and client-base rows.
import type { PartnerEvidence } from '../../domain/types';
import type { CatalogElement, Contact, CustomFieldDefinition, Lead, Note } from '../schemas';
import { loadClientBase, type ClientBaseOptions } from './clientBase';
import type { AmoClient } from './index';
import type { NoteReadType } from './notes';

/** The evidence as loaded: whole amoCRM records, which the panel reads beyond what the engine needs. */
export type LoadedPartnerEvidence = PartnerEvidence<Contact, Lead, Note, CatalogElement, CustomFieldDefinition>;

const EVIDENCE_NOTE_TYPES: NoteReadType[] = ['call_in', 'call_out', 'common'];

export interface EvidenceSources {
  /** Where the card and field definitions come from (the query cache in the panel, the client elsewhere). */
  contact?: () => Promise<Contact | null>;
  contactFields?: () => Promise<CustomFieldDefinition[]>;
  leadFields?: () => Promise<CustomFieldDefinition[]>;
}

export interface EvidenceOptions extends Omit<ClientBaseOptions, 'signal'> {
  signal?: AbortSignal;
  sources?: EvidenceSources;
}

export async function loadPartnerEvidence(
  client: AmoClient,
  contactId: number,
  opts: EvidenceOptions = {},
): Promise<LoadedPartnerEvidence | null> {
  const signal = opts.signal ? { signal: opts.signal } : {};
  const sources = opts.sources ?? {};
  const contactP = sources.contact?.() ?? client.getContact(contactId, signal);
  const contactFieldsP = sources.contactFields?.() ?? client.getCustomFields('contacts', signal);
  const leadFieldsP = sources.leadFields?.() ?? client.getCustomFields('leads', signal);
  // Started before awaiting so a failure of the card does not leave them unobserved.
  void contactFieldsP.catch(() => undefined);
  void leadFieldsP.catch(() => undefined);

  const partner = await contactP;
  if (!partner) return null;
  const dealIds = (partner._embedded.leads ?? []).map((l) => l.id);

  const dealsP = client.getLeadsByIds(dealIds, signal);
  // Managers' common notes («номер её, не прораба») come in the same filtered pages as the calls:
  // no extra round trip, only more rows when a card has many.
  const withNotes = { ...signal, types: EVIDENCE_NOTE_TYPES };
  const dealCallsP = client.getNotes('leads', dealIds, withNotes);
  const ownCallsP = client.getNotes('contacts', [partner.id], withNotes);
  void dealCallsP.catch(() => undefined);
  void ownCallsP.catch(() => undefined);

  const [deals, leadFields] = await Promise.all([dealsP, leadFieldsP]);
  const otherIds = deals.flatMap((d) => (d._embedded.contacts ?? []).map((c) => c.id)).filter((id) => id !== partner.id);
  const [dealContacts, clientBase, dealCalls, ownCalls, contactFields] = await Promise.all([
    client.getContactsByIds(otherIds, signal),
    loadClientBase(client, deals, leadFields, { ...opts, ...signal }),
    dealCallsP,
    ownCallsP,
    contactFieldsP,
  ]);

  const all = [...dealCalls, ...ownCalls];
  const calls = all.filter((n) => n.note_type !== 'common');
  const notes = all.filter((n) => n.note_type === 'common');
  return { partner, deals, calls, dealContacts, clientBase, contactFields, leadFields, notes };
}
