// What each of the partner's deals tells about its client: job address, contract, client-base row,
// the other contacts on it and who they are.
import type { Contact, Lead } from '../../api/schemas';
import type { WidgetSettings } from '../../host';
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

function linkedContacts(deal: Lead, evidence: PartnerEvidence): Array<{ contact: Contact; isMain: boolean }> {
  const refs = deal._embedded.contacts;
  if (refs) {
    return refs.flatMap((ref) => {
      const contact = evidence.dealContacts.find((c) => c.id === ref.id);
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
  return evidence.deals.map((deal) => {
    const address = parseJobAddress(textValue(deal, fields.address)) ?? parseJobAddress(deal.name);
    const contract = textValue(deal, fields.contract);
    const linkedIds = new Set((deal._embedded.catalog_elements ?? []).map((e) => e.id));
    const baseRow =
      (contract ? rows.find((r) => r.contract && contractKey(r.contract) === contractKey(contract)) : undefined) ??
      rows.find((r) => linkedIds.has(r.elementId));
    const contacts = linkedContacts(deal, evidence).map(({ contact, isMain }) => ({
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
