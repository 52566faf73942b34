// Realistic amoCRM records for domain tests, parsed by the real schemas so they have exactly
// the shapes the API client hands to the engine. Ids follow the fixtures' account.
import {
  catalogElementSchema,
  contactSchema,
  customFieldDefinitionSchema,
  leadSchema,
  noteSchema,
  type CatalogElement,
  type Contact,
  type CustomFieldDefinition,
  type Lead,
  type Note,
} from '../../src/api/schemas';
import type { PartnerEvidence } from '../../src/domain/types';

export const FIELD = {
  phone: 501101,
  email: 501103,
  fullName: 501201,
  birthday: 501203,
  role: 501205,
  comment: 501207,
  address: 601101,
  contract: 601103,
};
export const ROLE = { partner: 701201, client: 701203 };
export const NOW = 1_736_948_530; // 2025-01-15
export const DAY = 86_400;

const def = (
  id: number,
  name: string,
  type: string,
  code: string | null = null,
  enums: Array<[number, string]> = [],
): CustomFieldDefinition =>
  customFieldDefinitionSchema.parse({ id, name, type, code, enums: enums.map(([eid, value]) => ({ id: eid, value })) });

export const contactFields: CustomFieldDefinition[] = [
  def(FIELD.phone, 'Телефон', 'multitext', 'PHONE', [
    [701101, 'WORK'],
    [701103, 'WORKDD'],
    [701105, 'MOB'],
    [701109, 'HOME'],
    [701111, 'OTHER'],
  ]),
  def(FIELD.email, 'Email', 'multitext', 'EMAIL', [
    [701113, 'WORK'],
    [701115, 'PRIV'],
  ]),
  def(FIELD.fullName, 'ФИО полностью', 'text'),
  def(FIELD.birthday, 'День рождения', 'birthday'),
  def(FIELD.role, 'Роль', 'select', null, [
    [ROLE.partner, 'Прораб / партнёр'],
    [ROLE.client, 'Клиент'],
  ]),
  def(FIELD.comment, 'Комментарий', 'textarea'),
];
export const leadFields: CustomFieldDefinition[] = [
  def(FIELD.address, 'Адрес объекта', 'text'),
  def(FIELD.contract, 'Номер договора', 'text'),
];

type PhoneInput = string | { value: string; enum?: string };
let nextId = 1;

export function contact(o: {
  id?: number;
  name: string;
  phones?: PhoneInput[];
  role?: 'partner' | 'client';
  tags?: string[];
  extra?: unknown[];
}): Contact {
  const phones = (o.phones ?? []).map((p) =>
    typeof p === 'string' ? { value: p, enum_code: 'MOB' } : { value: p.value, enum_code: p.enum ?? 'MOB' },
  );
  const values: unknown[] = [];
  if (phones.length)
    values.push({ field_id: FIELD.phone, field_code: 'PHONE', field_type: 'multitext', field_name: 'Телефон', values: phones });
  if (o.role)
    values.push({
      field_id: FIELD.role,
      field_name: 'Роль',
      field_type: 'select',
      values: [{ value: o.role === 'client' ? 'Клиент' : 'Прораб / партнёр', enum_id: ROLE[o.role] }],
    });
  values.push(...(o.extra ?? []));
  return contactSchema.parse({
    id: o.id ?? 24_100_000 + nextId++,
    name: o.name,
    updated_at: NOW - 30 * DAY,
    custom_fields_values: values.length ? values : null,
    _embedded: { tags: (o.tags ?? []).map((name, i) => ({ id: 90_000 + i, name })), companies: [] },
  });
}

export function deal(o: {
  id: number;
  name: string;
  address?: string;
  contract?: string;
  contacts?: Array<{ id: number; main?: boolean }>;
}): Lead {
  const values: unknown[] = [];
  if (o.address) values.push({ field_id: FIELD.address, field_name: 'Адрес объекта', field_type: 'text', values: [{ value: o.address }] });
  if (o.contract)
    values.push({ field_id: FIELD.contract, field_name: 'Номер договора', field_type: 'text', values: [{ value: o.contract }] });
  return leadSchema.parse({
    id: o.id,
    name: o.name,
    status_id: 142,
    pipeline_id: 7_701_001,
    updated_at: NOW - 10 * DAY,
    custom_fields_values: values.length ? values : null,
    _embedded: { tags: [], companies: [], contacts: (o.contacts ?? []).map((c) => ({ id: c.id, is_main: c.main ?? false })) },
  });
}

let nextNote = 88_100_000;
export function call(entityId: number, phone: string, daysAgo = 30, duration = 120, type: 'call_in' | 'call_out' = 'call_in'): Note {
  return noteSchema.parse({
    id: nextNote++,
    entity_id: entityId,
    created_at: NOW - daysAgo * DAY,
    note_type: type,
    params: {
      uniq: `u${nextNote}`,
      duration,
      source: 'Mango Office',
      link: duration ? 'https://rec/x.mp3' : '',
      phone,
      call_status: duration ? 4 : 6,
    },
  });
}

export function textNote(entityId: number, text: string): Note {
  return noteSchema.parse({ id: nextNote++, entity_id: entityId, created_at: NOW - 5 * DAY, note_type: 'common', params: { text } });
}

export function clientRow(o: { id: number; contract: string; name?: string; phone?: string; address?: string }): CatalogElement {
  const f = (id: number, name: string, value: string | undefined) =>
    value ? [{ field_id: id, field_name: name, field_type: 'text', values: [{ value }] }] : [];
  return catalogElementSchema.parse({
    id: o.id,
    catalog_id: 12_301,
    name: `${o.contract} ${o.address ?? ''}`.trim(),
    custom_fields_values: [
      ...f(801101, 'Номер договора', o.contract),
      ...f(801103, 'ФИО клиента', o.name),
      ...f(801105, 'Телефон клиента', o.phone),
      ...f(801107, 'Адрес', o.address),
    ],
  });
}

export function evidence(o: Partial<PartnerEvidence> & { partner: Contact }): PartnerEvidence {
  return { deals: [], calls: [], dealContacts: [], clientBase: [], contactFields, leadFields, ...o };
}
