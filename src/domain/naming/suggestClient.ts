// Where a client number should go and what to call its contact: the client base's full name
// by contract number, else the deal's client contact, else the job address «Купчинская 4-3-22».
import type { ClientSuggestion } from '../types';
import type { DealFacts } from '../ownership/dealFacts';
import type { PhoneEvidence } from '../ownership/gatherEvidence';

/** The deals a number belongs to: the client base's deal first, else those with its calls, else its contact's. */
export function clientDeals(ev: PhoneEvidence): number[] {
  if (ev.baseMatches.length > 0) return ev.baseMatches.map((d) => d.deal.id);
  if (ev.calls.length > 0) return ev.calls.map((c) => c.dealId);
  const fromContacts = ev.contacts.filter((c) => c.role !== 'partner').flatMap((c) => c.dealIds);
  if (fromContacts.length > 0) return [...new Set(fromContacts)];
  if (ev.noteDeals.length > 0) return ev.noteDeals;
  return [...new Set(ev.notes.flatMap((n) => (n.dealId ? [n.dealId] : [])))];
}

export function suggestClient(ev: PhoneEvidence, deals: DealFacts[]): ClientSuggestion {
  const dealIds = clientDeals(ev);
  const facts = dealIds.flatMap((id) => deals.filter((d) => d.deal.id === id));
  const main = facts[0];
  // A contact already holding the number wins (on the deals, else found anywhere in the account);
  // else the deal's client contact when there is just one.
  const holder = ev.contacts.find((c) => c.role !== 'partner') ?? (ev.holders.length === 1 ? { contact: ev.holders[0]! } : undefined);
  const clientContacts = [
    ...new Map(facts.flatMap((f) => (f.clientContact ? [[f.clientContact.contact.id, f.clientContact]] : []))).values(),
  ];
  const existing = holder ?? (clientContacts.length === 1 ? clientContacts[0] : undefined);
  const baseRow = facts.find((f) => f.baseRow?.name)?.baseRow;
  const suggestion: ClientSuggestion = { name: '', nameSource: 'none', dealIds };
  if (baseRow) Object.assign(suggestion, { name: baseRow.name, nameSource: 'client-base' });
  else if (existing?.contact.name.trim()) Object.assign(suggestion, { name: existing.contact.name.trim(), nameSource: 'deal-contact' });
  else {
    const withAddress = facts.find((f) => f.addressName);
    if (withAddress) Object.assign(suggestion, { name: withAddress.addressName, nameSource: 'address' });
  }
  if (existing) suggestion.existingContactId = existing.contact.id;
  const contract = main?.contract || main?.baseRow?.contract;
  if (contract) suggestion.contractNumber = contract;
  const address = facts.find((f) => f.addressName)?.addressName;
  if (address) suggestion.address = address;
  return suggestion;
}
