// Builds PartnerEvidence for a demo foreman straight from DemoData (no HTTP): what the API hooks
// would assemble — his card, his deals with their contacts and calls, their client-base rows,
// and other foremen holding the same numbers (the hooks find those by phone search).
import { catalogElementSchema, contactSchema, customFieldDefinitionSchema, leadSchema, noteSchema, type Contact } from '../src/api/schemas';
import { readCardPhones } from '../src/domain';
import type { PartnerEvidence } from '../src/domain/types';
import type { DemoData, StoredContact } from '../sandbox/demo';

const CALL = new Set(['call_in', 'call_out']);

export function demoContact(data: DemoData, c: StoredContact): Contact {
  const leads = data.links.filter((l) => l.to_entity_type === 'contacts' && l.to_entity_id === c.id).map((l) => ({ id: l.entity_id }));
  const { tags, ...rest } = c;
  return contactSchema.parse({ ...rest, _embedded: { tags, companies: [], leads } });
}

export function demoEvidence(data: DemoData, foremanId: number): PartnerEvidence {
  const stored = data.contacts.find((c) => c.id === foremanId);
  if (!stored) throw new Error(`no foreman ${foremanId}`);
  const partner = demoContact(data, stored);
  const leadIds = new Set(partner._embedded.leads?.map((l) => l.id));
  const deals = data.leads
    .filter((l) => leadIds.has(l.id))
    .map((l) => {
      const links = data.links.filter((k) => k.entity_type === 'leads' && k.entity_id === l.id);
      const { tags, ...rest } = l;
      return leadSchema.parse({
        ...rest,
        _embedded: {
          tags,
          companies: [],
          contacts: links
            .filter((k) => k.to_entity_type === 'contacts')
            .map((k) => ({ id: k.to_entity_id, is_main: k.metadata.main_contact === true })),
          catalog_elements: links
            .filter((k) => k.to_entity_type === 'catalog_elements')
            .map((k) => ({ id: k.to_entity_id, metadata: { catalog_id: k.metadata.catalog_id } })),
        },
      });
    });
  const notes = data.notes
    .filter((n) => (n.entity_type === 'leads' && leadIds.has(n.entity_id)) || (n.entity_type === 'contacts' && n.entity_id === foremanId))
    .map((n) => noteSchema.parse(n));
  const contactIds = new Set(deals.flatMap((d) => d._embedded.contacts?.map((c) => c.id) ?? []));
  contactIds.delete(foremanId);
  const dealContacts = data.contacts.filter((c) => contactIds.has(c.id)).map((c) => demoContact(data, c));
  const contracts = new Set(
    deals.flatMap((d) =>
      d.custom_fields_values
        .filter((f) => /договор/i.test(f.field_name ?? '') && f.field_type === 'text')
        .flatMap((f) => f.values.map((v) => String(v.value))),
    ),
  );
  const linkedRows = new Set(deals.flatMap((d) => d._embedded.catalog_elements?.map((e) => e.id) ?? []));
  const clientBase = data.catalogElements
    .filter(
      (e) =>
        linkedRows.has(e.id) ||
        (e.custom_fields_values ?? []).some(
          (f) => /договор/i.test(f.field_name ?? '') && f.values.some((v) => contracts.has(String(v.value))),
        ),
    )
    .map((e) => catalogElementSchema.parse(e));
  const foremen = data.answerKey.foremen
    .filter((id) => id !== foremanId)
    .flatMap((id) => data.contacts.filter((c) => c.id === id))
    .map((c) => demoContact(data, c));
  const otherPartnersByPhone: Record<string, Contact[]> = {};
  for (const phone of readCardPhones(partner).phones) {
    const holders = foremen.filter((f) => readCardPhones(f).phones.some((p) => p.phone.e164 === phone.phone.e164));
    if (holders.length) otherPartnersByPhone[phone.key] = holders;
  }
  return {
    partner,
    deals,
    calls: notes.filter((n) => CALL.has(n.note_type)),
    notes: notes.filter((n) => !CALL.has(n.note_type)),
    dealContacts,
    clientBase,
    contactFields: data.contactFields.map((f) => customFieldDefinitionSchema.parse(f)),
    leadFields: data.leadFields.map((f) => customFieldDefinitionSchema.parse(f)),
    otherPartnersByPhone,
  };
}
