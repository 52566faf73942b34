// Loads everything the ownership engine weighs for one partner card (PartnerEvidence), in as few
// dependent round trips as amoCRM allows: the card first; then the deals and every call note of
// them side by side (deal ids come with the card); then the deals' other contacts and client-base rows.
import type { PartnerEvidence } from '../../domain/types';
import type { Contact, CustomFieldDefinition } from '../schemas';
import { loadClientBase, type ClientBaseOptions } from './clientBase';
import type { AmoClient } from './index';

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

export async function loadPartnerEvidence(client: AmoClient, contactId: number, opts: EvidenceOptions = {}): Promise<PartnerEvidence | null> {
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
  const dealCallsP = client.getCallNotes('leads', dealIds, signal);
  const ownCallsP = client.getCallNotes('contacts', [partner.id], signal);
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

  return { partner, deals, calls: [...dealCalls, ...ownCalls], dealContacts, clientBase, contactFields, leadFields };
}
