// Foremen's deals with their calls, and the foreman's own contact card.
import { TAG, USER } from './accountData';
import { addressName, makeAddress } from './addresses';
import type { Client, Deal, DemoBuilder } from './builder';
import { phoneFieldValues, type CardValue } from './cards';
import { CONTACT_FIELD, EMAIL_ENUM, ROLE_ENUM, ROLE_TEXT, contactFields, fieldValue } from './fields';
import { fullName } from './people';
import type { StoredContact } from './types';

const FROM = 1641772800; // 2022-01-10
const TO = 1759190400; // 2025-09-30
const DAY = 86_400;

export interface DealsPlan {
  foremanId: number;
  leadIds: number[];
  /** Own numbers the foreman calls from (national digits). */
  own: string[];
  heavy?: boolean;
  /** Clients already known (e.g. a client shared with another foreman), by position in leadIds. */
  preset?: Map<number, Client>;
}

function commonText(deal: Deal, b: DemoBuilder): string {
  const p = deal.client.person;
  return b.random.pick([
    `Клиент ${p.given} ${p.patronymic} просит перезвонить после 18:00.`,
    `Замер назначен, договор ${deal.contract}.`,
    'Прораб согласовал смету с клиентом, ждём предоплату.',
    `${p.given}: оплата второго этапа получена.`,
    `Адрес объекта: ${addressName(deal.client.address)}. Ключи у консьержа.`,
  ]);
}

/** Deals with their clients and calls; own numbers land in calls of many deals, client numbers in their own deal. */
export function runDeals(b: DemoBuilder, plan: DealsPlan): Deal[] {
  const r = b.random;
  const deals: Deal[] = [];
  plan.leadIds.forEach((leadId, i) => {
    const prev = deals[deals.length - 1];
    const preset = plan.preset?.get(i);
    const repeat = !preset && prev !== undefined && r.chance(0.12);
    const client =
      preset ??
      (repeat && prev ? prev.client : b.newClient(makeAddress(r), [b.pool.mobile(), ...(r.chance(0.15) ? [b.pool.mobile()] : [])]));
    const createdAt = repeat && prev ? Math.min(TO, prev.createdAt + r.int(120, 400) * DAY) : r.int(FROM, TO);
    const deal = b.deal(leadId, plan.foremanId, client, createdAt, plan.heavy);
    deals.push(deal);
    const clientPhones = client.phones;
    const numbers: string[] = [];
    if (plan.heavy) {
      // Benchmark card: exactly 10 calls per deal, the first always the client's.
      for (let c = 0; c < 10; c++) numbers.push(c === 0 || r.chance(0.55) ? r.pick(clientPhones) : r.pick(plan.own));
    } else {
      numbers.push(...clientPhones);
      for (let c = r.int(0, 3); c > 0; c--) numbers.push(r.pick(clientPhones));
      for (const n of plan.own) if (r.chance(n.startsWith('812') ? 0.3 : 0.5)) numbers.push(n, ...(r.chance(0.4) ? [n] : []));
    }
    b.calls(deal, r.shuffle(numbers));
    if (!plan.heavy && r.chance(0.2)) b.commonNote(deal, commonText(deal, b));
  });
  if (!plan.heavy) ensureOwnSpread(b, deals, plan.own);
  return deals;
}

/** An own number must show up in calls of at least 3 deals, or it would look like a client's. */
function ensureOwnSpread(b: DemoBuilder, deals: Deal[], own: string[]): void {
  for (const n of own) {
    const mine = deals.filter((d) => b.callsByNumber.get(n)?.has(d.id));
    const others = b.random.shuffle(deals.filter((d) => !mine.includes(d)));
    for (let k = mine.length; k < 3; k++) {
      const d = others.pop();
      if (d) b.calls(d, [n]);
    }
  }
}

/** Existing client contacts: some clients were already added by managers, named as the base knows them. */
export function someClientContacts(b: DemoBuilder, deals: Deal[], share: number): void {
  const seen = new Set<Client>();
  for (const d of deals) {
    if (seen.has(d.client) || d.client.contactId !== null) continue;
    seen.add(d.client);
    if (!b.random.chance(share)) continue;
    const known = d.client.base === 'full' || d.client.base === 'noPhone';
    b.clientContact(d.client, known ? fullName(d.client.person) : addressName(d.client.address));
  }
}

export interface ForemanCard {
  id: number;
  name: string;
  first: string;
  last: string;
  fio: string | null;
  birthday: number | null;
  emails: Array<[string, keyof typeof EMAIL_ENUM]>;
  position?: string;
  comment?: string;
  createdAt: number;
  updatedAt: number;
  responsible?: number;
  updatedBy?: number;
}

export function foremanContact(card: ForemanCard, values: CardValue[]): StoredContact {
  const resp = card.responsible ?? USER.kozlov;
  const cfv = [
    fieldValue(contactFields, CONTACT_FIELD.phone, phoneFieldValues(values)),
    ...(card.emails.length
      ? [
          fieldValue(
            contactFields,
            CONTACT_FIELD.email,
            card.emails.map(([value, code]) => ({ value, enum_id: EMAIL_ENUM[code], enum_code: code })),
          ),
        ]
      : []),
    ...(card.position ? [fieldValue(contactFields, CONTACT_FIELD.position, [{ value: card.position }])] : []),
    ...(card.fio ? [fieldValue(contactFields, CONTACT_FIELD.fullName, [{ value: card.fio }])] : []),
    ...(card.birthday !== null ? [fieldValue(contactFields, CONTACT_FIELD.birthday, [{ value: card.birthday }])] : []),
    fieldValue(contactFields, CONTACT_FIELD.role, [{ value: ROLE_TEXT.partner, enum_id: ROLE_ENUM.partner }]),
    ...(card.comment ? [fieldValue(contactFields, CONTACT_FIELD.comment, [{ value: card.comment }])] : []),
  ];
  return {
    id: card.id,
    name: card.name,
    first_name: card.first,
    last_name: card.last,
    responsible_user_id: resp,
    group_id: 0,
    created_by: resp,
    updated_by: card.updatedBy ?? resp,
    created_at: card.createdAt,
    updated_at: card.updatedAt,
    closest_task_at: null,
    is_deleted: false,
    is_unsorted: false,
    custom_fields_values: cfv,
    tags: [{ ...TAG.foreman }],
  };
}
