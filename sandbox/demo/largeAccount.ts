// A large account for the cleanup-queue benchmark: the demo account plus generated foremen until
// there are `partners` of them. Each generated foreman holds 3–10 numbers (one to three his own,
// the rest his clients'), runs a few deals with call notes, and most clients have their own
// contact and a client-base row. Ids live in ranges of their own, clear of the demo's.
import { TAG } from './accountData';
import { addressName, addressText, dealName, makeAddress } from './addresses';
import {
  CLIENT_BASE_CATALOG,
  CLIENT_BASE_FIELD,
  CONTACT_FIELD,
  LEAD_FIELD,
  PHONE_ENUM,
  ROLE_ENUM,
  ROLE_TEXT,
  clientBaseFields,
  contactFields,
  fieldValue,
  leadFields,
} from './fields';
import { generateDemoData } from './generateDemoData';
import { fullName, makePerson } from './people';
import { baseFormat, callFormat, cardFormat, PhonePool } from './phones';
import { Random } from './random';
import type { DemoData, StoredContact, StoredLead, StoredNote } from './types';

const FIRST_CONTACT = 25_000_001;
const FIRST_LEAD = 33_000_001;
const FIRST_NOTE = 90_000_001;
const FIRST_ELEMENT = 4_500_001;
const NOW = 1_760_000_000;
const DAY = 86_400;
const PIPELINE = 7701001;

export interface LargeAccountOptions {
  /** Foremen in the account, the demo's included. */
  partners: number;
  seed?: number;
}

export function generateLargeAccount({ partners, seed = 7 }: LargeAccountOptions): DemoData {
  const data = generateDemoData(seed);
  const r = new Random(seed * 7919 + 1);
  const pool = new PhonePool(r);
  const existing = data.contacts.filter((c) => c.tags.some((t) => t.id === TAG.foreman.id)).length;
  let contactId = FIRST_CONTACT;
  let leadId = FIRST_LEAD;
  let noteId = FIRST_NOTE;
  let elementId = FIRST_ELEMENT;

  const phoneValues = (numbers: string[]) =>
    fieldValue(
      contactFields,
      CONTACT_FIELD.phone,
      numbers.map((n) => ({ value: cardFormat(n, r), enum_code: r.pick(['WORK', 'MOB', 'OTHER'] as const), enum_id: PHONE_ENUM.WORK })),
    );
  const contact = (name: string, numbers: string[], role: 'partner' | 'client', created: number): StoredContact => ({
    id: contactId++,
    name,
    responsible_user_id: 8101002,
    group_id: 0,
    created_by: 8101002,
    updated_by: 8101002,
    created_at: created,
    updated_at: created + r.int(1, 300) * DAY,
    closest_task_at: null,
    is_deleted: false,
    custom_fields_values: [
      phoneValues(numbers),
      fieldValue(contactFields, CONTACT_FIELD.role, [{ value: ROLE_TEXT[role], enum_id: ROLE_ENUM[role] }]),
    ],
    tags: role === 'partner' ? [TAG.foreman] : [TAG.client],
  });
  const call = (entityId: number, number: string, at: number): StoredNote => ({
    id: noteId++,
    entity_id: entityId,
    entity_type: 'leads',
    created_by: 8101002,
    updated_by: 8101002,
    created_at: at,
    updated_at: at,
    responsible_user_id: 8101002,
    group_id: 0,
    note_type: r.chance(0.5) ? 'call_in' : 'call_out',
    params: {
      uniq: `bench-${noteId}`,
      duration: r.int(20, 400),
      source: 'Mango Office',
      link: '',
      phone: callFormat(number, r),
      call_status: 4,
    },
  });

  for (let i = existing; i < partners; i += 1) {
    const person = makePerson(r, false);
    const created = NOW - r.int(400, 2000) * DAY;
    const own = Array.from({ length: r.int(1, 3) }, () => pool.mobile());
    const clientCount = r.int(Math.max(0, 3 - own.length), 10 - own.length);
    const dealCount = Math.max(2, Math.min(6, clientCount));
    const partner = contact(`${person.surname} ${person.given} прораб`, [], 'partner', created);
    const clientNumbers: string[] = [];
    for (let d = 0; d < dealCount; d += 1) {
      const address = makeAddress(r);
      const opened = created + r.int(10, 1500) * DAY;
      const lead: StoredLead = {
        id: leadId++,
        name: dealName(address, r),
        price: r.int(15, 250) * 10_000,
        responsible_user_id: 8101002,
        group_id: 0,
        status_id: 142,
        pipeline_id: PIPELINE,
        created_by: 8101002,
        updated_by: 8101002,
        created_at: opened,
        updated_at: opened + r.int(5, 90) * DAY,
        closed_at: null,
        is_deleted: false,
        custom_fields_values: [
          fieldValue(leadFields, LEAD_FIELD.address, [{ value: addressText(address, r) }]),
          fieldValue(leadFields, LEAD_FIELD.contract, [{ value: `СПб-Б/${lead0(leadId)}` }]),
        ],
        tags: [],
      };
      data.leads.push(lead);
      data.links.push({
        entity_type: 'leads',
        entity_id: lead.id,
        to_entity_type: 'contacts',
        to_entity_id: partner.id,
        metadata: { main_contact: false },
      });
      // The foreman calls about every job from his own numbers.
      for (const n of own) if (r.chance(0.8)) data.notes.push(call(lead.id, n, opened + r.int(1, 60) * DAY));
      // Clients of this deal: the ones whose numbers ended up on the foreman's card.
      const perDeal = d < clientCount % dealCount ? Math.ceil(clientCount / dealCount) : Math.floor(clientCount / dealCount);
      for (let k = 0; k < perDeal; k += 1) {
        const number = pool.mobile();
        clientNumbers.push(number);
        const client = makePerson(r);
        for (let c = r.int(1, 3); c > 0; c -= 1) data.notes.push(call(lead.id, number, opened + r.int(1, 90) * DAY));
        if (r.chance(0.6)) {
          const cc = contact(r.chance(0.8) ? fullName(client) : addressName(address), [number], 'client', opened);
          data.contacts.push(cc);
          data.links.push({
            entity_type: 'leads',
            entity_id: lead.id,
            to_entity_type: 'contacts',
            to_entity_id: cc.id,
            metadata: { main_contact: true },
          });
        }
        if (r.chance(0.5)) {
          const element = {
            id: elementId++,
            catalog_id: CLIENT_BASE_CATALOG,
            name: fullName(client),
            created_by: 8101001,
            updated_by: 8101001,
            created_at: opened,
            updated_at: opened,
            is_deleted: false,
            custom_fields_values: [
              fieldValue(clientBaseFields, CLIENT_BASE_FIELD.clientName, [{ value: fullName(client) }]),
              fieldValue(clientBaseFields, CLIENT_BASE_FIELD.clientPhone, [{ value: baseFormat(number, r) }]),
            ],
          };
          data.catalogElements.push(element);
          data.links.push({
            entity_type: 'leads',
            entity_id: lead.id,
            to_entity_type: 'catalog_elements',
            to_entity_id: element.id,
            metadata: { catalog_id: CLIENT_BASE_CATALOG, quantity: 1 },
          });
        }
      }
    }
    partner.custom_fields_values = [phoneValues(r.shuffle([...own, ...clientNumbers])), ...(partner.custom_fields_values ?? []).slice(1)];
    data.contacts.push(partner);
  }
  return data;
}

function lead0(id: number): string {
  return String(id % 1_000_000).padStart(6, '0');
}
