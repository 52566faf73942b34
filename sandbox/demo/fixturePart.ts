// The shared fixtures' records, kept verbatim so the demo foreman 24000101 and his three deals
// look exactly like the payloads in /work/shared/fixtures/amocrm (only recording links point here).
import { USER } from './accountData';
import { streetByShort } from './addresses';
import { clientBaseElement, type Client, type Deal, type DemoBuilder } from './builder';
import {
  CLIENT_BASE_CATALOG,
  CLIENT_BASE_FIELD,
  CONTACT_FIELD,
  LEAD_FIELD,
  PHONE_ENUM,
  REPAIR_ENUM,
  ROLE_ENUM,
  ROLE_TEXT,
  clientBaseFields,
  contactFields,
  fieldValue,
  leadFields,
} from './fields';
import type { StoredLead, StoredNote } from './types';

export const FIXTURE_IDS = { foreman: 24000101, orlovaContact: 24000102, petrov: 24000103, zagrebskyContact: 24000104 } as const;

function lead(
  id: number,
  name: string,
  price: number,
  resp: number,
  status: number,
  created: number,
  updated: number,
  closed: number | null,
  fields: StoredLead['custom_fields_values'],
): StoredLead {
  return {
    id,
    name,
    price,
    responsible_user_id: resp,
    group_id: 0,
    status_id: status,
    pipeline_id: 7701001,
    loss_reason_id: null,
    created_by: resp,
    updated_by: resp,
    created_at: created,
    updated_at: updated,
    closed_at: closed,
    closest_task_at: null,
    is_deleted: false,
    score: null,
    labor_cost: null,
    custom_fields_values: fields,
    tags: [],
  };
}

const L = (id: number, value: string | number, enum_id?: number) => fieldValue(leadFields, id, [enum_id ? { value, enum_id } : { value }]);
const B = (id: number, value: string | number) => fieldValue(clientBaseFields, id, [{ value }]);

function callNote(
  id: number,
  t: number,
  type: string,
  uniq: string,
  duration: number,
  phone: string,
  result: string,
  status: number,
  by = USER.kozlov,
): StoredNote {
  const link = status === 4 ? `/sandbox/recordings/${uniq}.wav` : '';
  return {
    id,
    entity_id: 31500101,
    entity_type: 'leads',
    created_by: by,
    updated_by: by,
    created_at: t,
    updated_at: t,
    responsible_user_id: by,
    group_id: 0,
    note_type: type,
    params: { uniq, duration, source: 'Mango Office', link, phone, call_result: result, call_status: status },
  };
}

/** Adds the fixture deals, clients, client-base rows and notes; returns the three deals. */
export function addFixtureRecords(b: DemoBuilder): { zagrebsky: Deal; kupchinskaya: Deal; leninsky: Deal } {
  b.leads.push(
    lead(31500101, 'Загребский б-р 33, кв. 118 — капремонт', 1450000, USER.kozlov, 142, 1710244500, 1725027000, 1725027000, [
      L(LEAD_FIELD.address, 'Загребский б-р, д. 33, кв. 118'),
      L(LEAD_FIELD.contract, 'СПб-2024/118'),
      L(LEAD_FIELD.contractDate, 1710450000),
      L(LEAD_FIELD.repairType, 'Капитальный', REPAIR_ENUM.Капитальный),
    ]),
    lead(31500102, 'Купчинская 4-3-22 косметика', 380000, USER.kozlov, 60010005, 1727766000, 1736948400, null, [
      L(LEAD_FIELD.address, 'ул. Купчинская, д. 4, корп. 3, кв. 22'),
      L(LEAD_FIELD.contract, 'СПб-2024/205'),
      L(LEAD_FIELD.repairType, 'Косметический', REPAIR_ENUM.Косметический),
    ]),
    lead(31500103, 'Ленинский пр. 125-2-47', 0, USER.lebedeva, 60010003, 1725264000, 1732012200, null, null),
  );
  for (const c of ['СПб-2024/118', 'СПб-2024/205', 'СПб-2023/077']) b.reserveContract(c);

  const marina: Client = {
    person: { surname: 'Соколова', given: 'Марина', patronymic: 'Викторовна', female: true },
    phones: [b.pool.reserve('9117654321'), b.pool.reserve('9313809090')],
    address: { street: streetByShort('Загребский'), house: '33', building: null, letter: null, flat: 118 },
    base: 'full',
    dealIds: [31500101],
    contactId: FIXTURE_IDS.zagrebskyContact,
  };
  const kupchinskaya: Client = {
    person: { surname: 'Зайцева', given: 'Татьяна', patronymic: 'Андреевна', female: true },
    phones: [b.pool.reserve('9052223344')],
    address: { street: streetByShort('Купчинская'), house: '4', building: 3, letter: null, flat: 22 },
    base: 'noName',
    dealIds: [31500102],
    contactId: null,
  };
  const orlova: Client = {
    person: { surname: 'Орлова', given: 'Мария', patronymic: 'Олеговна', female: true },
    phones: [b.pool.reserve('9119001234')],
    address: { street: streetByShort('Ленинский'), house: '125', building: 2, letter: null, flat: 47 },
    base: 'full',
    dealIds: [31500103],
    contactId: FIXTURE_IDS.orlovaContact,
  };
  const deal = (id: number, client: Client, createdAt: number, contract: string): Deal => ({
    id,
    foremanId: FIXTURE_IDS.foreman,
    client,
    contract,
    createdAt,
    heavy: false,
  });
  const zagrebsky = deal(31500101, marina, 1710244500, 'СПб-2024/118');
  const kupch = deal(31500102, kupchinskaya, 1727766000, 'СПб-2024/205');
  const leninsky = deal(31500103, orlova, 1725264000, 'СПб-2023/077');
  b.deals.push(zagrebsky, kupch, leninsky);

  b.link(31500101, 'contacts', FIXTURE_IDS.zagrebskyContact, { main_contact: true });
  b.link(31500101, 'contacts', FIXTURE_IDS.foreman, { main_contact: false });
  b.link(31500101, 'catalog_elements', 4410001, { quantity: 1, catalog_id: CLIENT_BASE_CATALOG });
  b.link(31500102, 'contacts', FIXTURE_IDS.foreman, { main_contact: true });
  b.link(31500103, 'contacts', FIXTURE_IDS.orlovaContact, { main_contact: true });
  b.link(31500103, 'contacts', FIXTURE_IDS.foreman, { main_contact: false });
  b.link(FIXTURE_IDS.foreman, 'catalog_elements', 4410001, { quantity: 1, catalog_id: CLIENT_BASE_CATALOG, price_id: null }, 'contacts');

  b.elements.push(
    clientBaseElement(4410001, 'СПб-2024/118 Загребский б-р 33-118', 1710493200, [
      B(CLIENT_BASE_FIELD.contract, 'СПб-2024/118'),
      B(CLIENT_BASE_FIELD.clientName, 'Соколова Марина Викторовна'),
      B(CLIENT_BASE_FIELD.clientPhone, '8 (911) 765-43-21'),
      B(CLIENT_BASE_FIELD.address, 'Загребский б-р, д. 33, кв. 118'),
      B(CLIENT_BASE_FIELD.contractDate, 1710450000),
    ]),
    clientBaseElement(4410002, 'СПб-2024/205 Купчинская 4-3-22', 1727946000, [
      B(CLIENT_BASE_FIELD.contract, 'СПб-2024/205'),
      B(CLIENT_BASE_FIELD.clientPhone, '+7 905 222 33 44'),
      B(CLIENT_BASE_FIELD.address, 'ул. Купчинская, д. 4, корп. 3, кв. 22'),
      B(CLIENT_BASE_FIELD.contractDate, 1727902800),
    ]),
    clientBaseElement(4410003, 'СПб-2023/077 Ленинский 125-2-47', 1687251600, [
      B(CLIENT_BASE_FIELD.contract, 'СПб-2023/077'),
      B(CLIENT_BASE_FIELD.clientName, 'Орлова Мария Олеговна'),
      B(CLIENT_BASE_FIELD.clientPhone, '89119001234'),
      B(CLIENT_BASE_FIELD.address, 'Ленинский пр., д. 125, корп. 2, кв. 47'),
      B(CLIENT_BASE_FIELD.contractDate, 1687208400),
    ]),
  );

  const contact = (
    id: number,
    name: string,
    first: string,
    resp: number,
    created: number,
    updated: number,
    task: number | null,
    cfv: StoredLead['custom_fields_values'],
  ) => ({
    id,
    name,
    first_name: first,
    last_name: '',
    responsible_user_id: resp,
    group_id: 0,
    created_by: resp,
    updated_by: resp,
    created_at: created,
    updated_at: updated,
    closest_task_at: task,
    is_deleted: false,
    is_unsorted: false,
    custom_fields_values: cfv,
    tags: [],
  });
  b.contacts.push(
    contact(FIXTURE_IDS.orlovaContact, 'Мария Олеговна (Ленинский 125)', 'Мария', USER.lebedeva, 1725264300, 1732012200, 1738566000, [
      fieldValue(contactFields, CONTACT_FIELD.phone, [{ value: '+7 (911) 900-12-34', enum_id: PHONE_ENUM.MOB, enum_code: 'MOB' }]),
      fieldValue(contactFields, CONTACT_FIELD.role, [{ value: ROLE_TEXT.client, enum_id: ROLE_ENUM.client }]),
    ]),
    contact(FIXTURE_IDS.zagrebskyContact, 'Загребский 33-118', '', USER.kozlov, 1710244800, 1710244800, null, null),
  );

  b.notes.push(
    callNote(88001001, 1710243611, 'call_in', 'a1b2c3d4-0001-4e0f-9a11-000000000001', 184, '+79117654321', '', 4),
    callNote(88001002, 1710403365, 'call_out', 'a1b2c3d4-0002-4e0f-9a11-000000000002', 95, '89117654321', 'Договорились о замере', 4),
    callNote(88001003, 1712038500, 'call_in', 'a1b2c3d4-0003-4e0f-9a11-000000000003', 0, '79211234567', '', 6),
    callNote(88001004, 1716211205, 'call_out', 'a1b2c3d4-0004-4e0f-9a11-000000000004', 312, '+7 (905) 222-33-44', '', 4),
    {
      id: 88001005,
      entity_id: 31500101,
      entity_type: 'leads',
      created_by: USER.admin,
      updated_by: USER.admin,
      created_at: 1716211800,
      updated_at: 1716211800,
      responsible_user_id: USER.admin,
      group_id: 0,
      note_type: 'common',
      params: { text: 'Клиентка Марина, договор СПб-2024/118. Номер +7 911 765-43-21 — её, не прораба.' },
    },
  );
  b.recordCall('9117654321', 31500101);
  b.recordCall('9211234567', 31500101);
  b.recordCall('9052223344', 31500101);
  return { zagrebsky, kupchinskaya: kupch, leninsky };
}
