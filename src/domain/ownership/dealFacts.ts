// What each of the partner's deals tells about its client: job address, contract, client-base row,
// the other contacts on it and who they are.
import type { ContactRecord as Contact, DealRecord as Lead } from '../records';
import type { WidgetSettings } from '../settings';
import { formatJobAddressName } from '../address/formatJobAddressName';
import { parseJobAddress, type JobAddress } from '../address/parseJobAddress';
import { textValue } from '../fields/readValues';
import { contractKey, readClientBaseRow, type ClientBaseRow } from '../naming/clientBase';
import { contactRole, type ContactRole } from '../naming/contactRole';
import type { NormalizeOptions } from '../phones/normalize';
import { readPhoneValues } from '../phones/cardPhones';
import type { DetectedFields, PartnerEvidence } from '../types';

export interface DealContact {
  contact: Contact;
  isMain: boolean;
  role: ContactRole;
  phones: string[];
}

export interface DealFacts {
  deal: Lead;
  address: JobAddress | null;
  /** Same flat ⇒ same key; a deal without a readable address is a place of its own. */
  addressKey: string;
  addressName: string;
  contract: string;
  baseRow?: ClientBaseRow;
  contacts: DealContact[];
  /** The client contact: role «Клиент», or the main contact when it is no foreman. */
  clientContact?: DealContact;
}

export function addressKeyOf(a: JobAddress): string {
  return [a.street, a.house, a.litera, a.building, a.flat].map((p) => (p ?? '').toLowerCase().replace(/ё/g, 'е')).join('|');
}

function linkedContacts(deal: Lead, evidence: PartnerEvidence, byId: Map<number, Contact>): Array<{ contact: Contact; isMain: boolean }> {
  const refs = deal._embedded.contacts;
  if (refs) {
    return refs.flatMap((ref) => {
      const contact = byId.get(ref.id);
      return contact && contact.id !== evidence.partner.id ? [{ contact, isMain: ref.is_main === true }] : [];
    });
  }
  return evidence.dealContacts
    .filter((c) => c.id !== evidence.partner.id && c._embedded.leads?.some((l) => l.id === deal.id))
    .map((contact) => ({ contact, isMain: false }));
}

export function readDealFacts(
  evidence: PartnerEvidence,
  fields: DetectedFields,
  settings: WidgetSettings | undefined,
  opts: NormalizeOptions,
): DealFacts[] {
  const rows = evidence.clientBase.map((e) => readClientBaseRow(e, opts));
  // Indexed once: a heavy card has hundreds of deals and rows.
  const byContract = new Map<string, ClientBaseRow>();
  for (const r of rows) if (r.contract && !byContract.has(contractKey(r.contract))) byContract.set(contractKey(r.contract), r);
  const byElement = new Map(rows.map((r) => [r.elementId, r]));
  const contactsById = new Map(evidence.dealContacts.map((c) => [c.id, c]));
  return evidence.deals.map((deal) => {
    const address = parseJobAddress(textValue(deal, fields.address)) ?? parseJobAddress(deal.name);
    const contract = textValue(deal, fields.contract);
    const baseRow =
      (contract ? byContract.get(contractKey(contract)) : undefined) ??
      (deal._embedded.catalog_elements ?? []).map((e) => byElement.get(e.id)).find((r) => r !== undefined);
    const contacts = linkedContacts(deal, evidence, contactsById).map(({ contact, isMain }) => ({
      contact,
      isMain,
      role: contactRole(contact, fields, settings),
      phones: readPhoneValues(contact, fields, opts).flatMap((r) => r.numbers.map((n) => n.e164)),
    }));
    const clientContact = contacts.find((c) => c.role === 'client') ?? contacts.find((c) => c.isMain && c.role === 'unknown');
    const facts: DealFacts = {
      deal,
      address,
      addressKey: address ? addressKeyOf(address) : `deal:${deal.id}`,
      addressName: address ? formatJobAddressName(address) : '',
      contract: contract || baseRow?.contract || '',
      contacts,
    };
    if (baseRow) facts.baseRow = baseRow;
    if (clientContact) facts.clientContact = clientContact;
    return facts;
  });
}
