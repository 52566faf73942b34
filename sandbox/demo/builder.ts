// Creates the demo account's records one at a time and remembers who is who, so the
// answer key is written from the same facts the records were made from.
import { USER, TAG } from './accountData';
import { addressName, addressText, dealName, type Address } from './addresses';
import {
  CLIENT_BASE_CATALOG,
  CLIENT_BASE_FIELD,
  LEAD_FIELD,
  REPAIR_ENUM,
  ROLE_ENUM,
  ROLE_TEXT,
  CONTACT_FIELD,
  PHONE_ENUM,
  clientBaseFields,
  contactFields,
  fieldValue,
  leadFields,
} from './fields';
import { fullName, makePerson, type Person } from './people';
import { PhonePool, baseFormat, callFormat, cardFormat } from './phones';
import { Random } from './random';
import type { StoredCatalogElement, StoredContact, StoredLead, StoredLink, StoredNote } from './types';

/** How the client base knows a client's contracts. */
export type BaseCoverage = 'full' | 'noName' | 'noPhone' | 'absent';

export interface Client {
  person: Person;
  /** National 10-digit numbers, the first is the main one. */
  phones: string[];
  address: Address;
  base: BaseCoverage;
  dealIds: number[];
  contactId: number | null;
}

export interface Deal {
  id: number;
  foremanId: number;
  client: Client;
  contract: string;
  createdAt: number;
  heavy: boolean;
  /** A deal of the hard foremen (`hardForemen.ts`): its notes take ids of their own. */
  hard?: boolean;
}

const DAY = 86_400;
const MSK = 3 * 3600;
const PIPELINE = 7701001;
const OPEN_STATUSES = [60010001, 60010003, 60010005, 60010007];
export const FIRST_FREE_CONTACT_ID = 24000110;
const LAST_DEMO_CONTACT_ID = 24000200; // 24000201+ are left for contacts created through the API

export const mskMidnight = (t: number) => Math.floor((t + MSK) / DAY) * DAY - MSK;

/** The name a client is truly known by: the base's full name, else the address form. */
export function clientTrueName(c: Client): string {
  return c.base === 'full' || c.base === 'noPhone' ? fullName(c.person) : addressName(c.address);
}

/** A row of the client base (the catalog the seed looks contracts up in), as the admin entered it at `t`. */
export function clientBaseElement(
  id: number,
  name: string,
  t: number,
  values: StoredCatalogElement['custom_fields_values'],
): StoredCatalogElement {
  return {
    id,
    catalog_id: CLIENT_BASE_CATALOG,
    name,
    created_by: USER.admin,
    updated_by: USER.admin,
    created_at: t,
    updated_at: t,
    is_deleted: false,
    custom_fields_values: values,
  };
}

export class DemoBuilder {
  readonly random: Random;
  readonly pool: PhonePool;
  readonly contacts: StoredContact[] = [];
  readonly leads: StoredLead[] = [];
  readonly notes: StoredNote[] = [];
  readonly links: StoredLink[] = [];
  readonly elements: StoredCatalogElement[] = [];
  readonly deals: Deal[] = [];
  /** national number → deal ids whose call notes use it */
  readonly callsByNumber = new Map<string, Set<number>>();
  private nextContactId = FIRST_FREE_CONTACT_ID;
  private nextNoteId = 88001006; // 88001001..5 are the fixture's notes
  private nextHeavyNoteId = 87000001;
  private nextHardNoteId = 86000001;
  private nextElementId = 4410004; // 4410001..3 are the fixture's rows
  private readonly contracts = new Set<string>();

  constructor(seed: number) {
    this.random = new Random(seed);
    this.pool = new PhonePool(this.random);
  }

  newClient(address: Address, phones: string[]): Client {
    const r = this.random.float();
    const base: BaseCoverage = r < 0.62 ? 'full' : r < 0.77 ? 'noName' : r < 0.87 ? 'noPhone' : 'absent';
    return { person: makePerson(this.random), phones, address, base, dealIds: [], contactId: null };
  }

  contract(createdAt: number): string {
    const year = new Date(createdAt * 1000).getUTCFullYear();
    for (;;) {
      const c = `СПб-${year}/${String(this.random.int(1, 999)).padStart(3, '0')}`;
      if (!this.contracts.has(c)) {
        this.contracts.add(c);
        return c;
      }
    }
  }

  reserveContract(c: string): void {
    this.contracts.add(c);
  }

  /** A deal at the client's address; some keep the address only in the deal name. */
  deal(id: number, foremanId: number, client: Client, createdAt: number, heavy = false, hard = false): Deal {
    const r = this.random;
    const contract = this.contract(createdAt);
    const responsible = r.pick([USER.kozlov, USER.kozlov, USER.lebedeva]);
    const old = createdAt < 1740000000;
    const status = old ? r.pick([142, 142, 142, 142, 143]) : r.pick([...OPEN_STATUSES, 142]);
    const closedAt = status === 142 || status === 143 ? createdAt + r.int(60, 200) * DAY : null;
    const repair = r.pick(Object.entries(REPAIR_ENUM));
    const values = [
      ...(r.chance(0.85) ? [fieldValue(leadFields, LEAD_FIELD.address, [{ value: addressText(client.address, r) }])] : []),
      fieldValue(leadFields, LEAD_FIELD.contract, [{ value: contract }]),
      ...(r.chance(0.8) ? [fieldValue(leadFields, LEAD_FIELD.contractDate, [{ value: mskMidnight(createdAt + r.int(1, 5) * DAY) }])] : []),
      fieldValue(leadFields, LEAD_FIELD.repairType, [{ value: repair[0], enum_id: repair[1] }]),
      ...(r.chance(0.2)
        ? [fieldValue(leadFields, LEAD_FIELD.folderUrl, [{ value: `https://disk.yandex.ru/d/${contract.replace(/\D/g, '')}` }])]
        : []),
    ];
    this.leads.push({
      id,
      name: dealName(client.address, r),
      price: r.int(15, 250) * 10_000,
      responsible_user_id: responsible,
      group_id: 0,
      status_id: status,
      pipeline_id: PIPELINE,
      loss_reason_id: null,
      created_by: responsible,
      updated_by: responsible,
      created_at: createdAt,
      updated_at: closedAt ?? createdAt + r.int(5, 90) * DAY,
      closed_at: closedAt,
      closest_task_at: null,
      is_deleted: false,
      score: null,
      labor_cost: null,
      custom_fields_values: values,
      tags: [],
    });
    const deal: Deal = { id, foremanId, client, contract, createdAt, heavy, ...(hard ? { hard } : {}) };
    client.dealIds.push(id);
    this.deals.push(deal);
    this.link(id, 'contacts', foremanId, { main_contact: true });
    this.baseRow(deal);
    return deal;
  }

  link(
    leadId: number,
    to: 'contacts' | 'catalog_elements',
    toId: number,
    metadata: StoredLink['metadata'],
    from: 'leads' | 'contacts' = 'leads',
  ): void {
    if (to === 'contacts' && metadata.main_contact) {
      for (const l of this.links)
        if (l.entity_type === from && l.entity_id === leadId && l.to_entity_type === 'contacts') l.metadata = { main_contact: false };
    }
    this.links.push({ entity_type: from, entity_id: leadId, to_entity_type: to, to_entity_id: toId, metadata });
  }

  /** A client-base row for the deal's contract, with the gaps the real base has. */
  private baseRow(deal: Deal): void {
    const { client } = deal;
    if (client.base === 'absent') return;
    const r = this.random;
    const phone = client.phones[0];
    const values = [
      fieldValue(clientBaseFields, CLIENT_BASE_FIELD.contract, [{ value: deal.contract }]),
      ...(client.base !== 'noName'
        ? [fieldValue(clientBaseFields, CLIENT_BASE_FIELD.clientName, [{ value: fullName(client.person) }])]
        : []),
      ...(client.base !== 'noPhone' && phone
        ? [fieldValue(clientBaseFields, CLIENT_BASE_FIELD.clientPhone, [{ value: baseFormat(phone, r) }])]
        : []),
      fieldValue(clientBaseFields, CLIENT_BASE_FIELD.address, [{ value: addressText(client.address, r) }]),
      fieldValue(clientBaseFields, CLIENT_BASE_FIELD.contractDate, [{ value: mskMidnight(deal.createdAt + 2 * DAY) }]),
    ];
    const id = this.nextElementId++;
    const t = deal.createdAt + r.int(1, 10) * DAY;
    this.elements.push(clientBaseElement(id, `${deal.contract} ${addressName(client.address)}`, t, values));
    if (r.chance(0.5)) this.link(deal.id, 'catalog_elements', id, { quantity: 1, catalog_id: CLIENT_BASE_CATALOG });
  }

  /** Call notes on a deal, one per number given, in time order. */
  calls(deal: Deal, numbers: string[]): void {
    const r = this.random;
    const times = numbers.map(() => deal.createdAt - r.int(0, 10) * DAY + r.int(0, 160) * DAY + r.int(9 * 3600, 20 * 3600));
    const order = numbers.map((n, i) => ({ n, t: times[i] ?? deal.createdAt })).sort((a, b) => a.t - b.t);
    for (const { n, t } of order) {
      const missed = r.chance(0.15);
      const uniq = this.uniq();
      const who = r.pick([USER.kozlov, USER.lebedeva]);
      this.notes.push({
        id: this.noteId(deal),
        entity_id: deal.id,
        entity_type: 'leads',
        created_by: who,
        updated_by: who,
        created_at: t,
        updated_at: t,
        responsible_user_id: who,
        group_id: 0,
        note_type: r.chance(0.5) ? 'call_in' : 'call_out',
        params: {
          uniq,
          duration: missed ? 0 : r.int(15, 600),
          source: 'Mango Office',
          link: missed ? '' : `/sandbox/recordings/${uniq}.wav`,
          phone: callFormat(n, r),
          call_result: missed ? '' : r.pick(['', '', 'Договорились о замере', 'Согласовали смету', 'Перезвонить']),
          call_status: missed ? r.pick([6, 7, 3]) : 4,
        },
      });
      this.recordCall(n, deal.id);
    }
  }

  // Heavy and hard deals number their notes apart, so the ordinary ids stay as they were.
  private noteId(deal: Deal): number {
    return deal.heavy ? this.nextHeavyNoteId++ : deal.hard ? this.nextHardNoteId++ : this.nextNoteId++;
  }

  /** A contact id from the demo's range (foremen added after the fixture ones take these too). */
  takeContactId(): number {
    const id = this.nextContactId++;
    if (id > LAST_DEMO_CONTACT_ID) throw new Error('demo contact ids overflow into the API-created range');
    return id;
  }

  recordCall(national: string, dealId: number): void {
    const set = this.callsByNumber.get(national) ?? new Set<number>();
    set.add(dealId);
    this.callsByNumber.set(national, set);
  }

  commonNote(deal: Deal, text: string): void {
    const t = deal.createdAt + this.random.int(1, 30) * DAY;
    this.notes.push({
      id: this.noteId(deal),
      entity_id: deal.id,
      entity_type: 'leads',
      created_by: USER.admin,
      updated_by: USER.admin,
      created_at: t,
      updated_at: t,
      responsible_user_id: USER.admin,
      group_id: 0,
      note_type: 'common',
      params: { text },
    });
  }

  /** The client as a contact of their own (role «Клиент»), main contact on their deals; `extra` numbers typed onto it too (by mistake, say). */
  clientContact(client: Client, name: string, extra: string[] = []): number {
    const id = this.takeContactId();
    const r = this.random;
    const firstDeal = this.deals.find((d) => d.id === client.dealIds[0]);
    const t = (firstDeal?.createdAt ?? 1650000000) + r.int(0, 5) * DAY;
    const phones = [...client.phones, ...extra].map((n) => ({ value: cardFormat(n, r), enum_id: PHONE_ENUM.MOB, enum_code: 'MOB' }));
    const known = name === fullName(client.person);
    this.contacts.push({
      id,
      name,
      first_name: known ? client.person.given : '',
      last_name: known ? client.person.surname : '',
      responsible_user_id: USER.kozlov,
      group_id: 0,
      created_by: USER.kozlov,
      updated_by: USER.kozlov,
      created_at: t,
      updated_at: t,
      closest_task_at: null,
      is_deleted: false,
      is_unsorted: false,
      custom_fields_values: [
        fieldValue(contactFields, CONTACT_FIELD.phone, phones),
        ...(known ? [fieldValue(contactFields, CONTACT_FIELD.fullName, [{ value: name }])] : []),
        fieldValue(contactFields, CONTACT_FIELD.role, [{ value: ROLE_TEXT.client, enum_id: ROLE_ENUM.client }]),
      ],
      tags: r.chance(0.5) ? [{ ...TAG.client }] : [],
    });
    client.contactId = id;
    for (const dealId of client.dealIds) this.link(dealId, 'contacts', id, { main_contact: true });
    return id;
  }

  private uniq(): string {
    const hex = (n: number) => Array.from({ length: n }, () => this.random.int(0, 15).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${hex(4)}-${hex(12)}`;
  }
}
