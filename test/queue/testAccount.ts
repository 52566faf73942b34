// A small amoCRM account served by msw at the HTTP boundary, shaped like the real API
// (HAL pages with `_links.next`, `filter[id][]`, notes filters, 204 on empty), so the real
// client, scheduler and scan run against it. Every request is logged; a 401 can be switched on.
import { http, HttpResponse } from 'msw';
import { readFixture } from '../fixtures';
import type { Contact, CustomFieldDefinition, Lead, Note } from '../../src/api/schemas';

export const BASE = 'http://amo.test';
function fixture<T>(name: string): T {
  return readFixture(name) as T;
}

export interface TestAccount {
  contacts: Contact[];
  leads: Lead[];
  notes: Note[];
  contactFields: CustomFieldDefinition[];
  leadFields: CustomFieldDefinition[];
  /** Every request as `METHOD /path?query`. */
  requests: string[];
  /** While true, every request answers 401 (a lost amoCRM session). */
  sessionLost: boolean;
  /** Answer 401 from the n-th request on (1-based), once reached. */
  loseSessionAtRequest?: number;
  /** While set, deal reads wait for it: a scan caught in the middle. */
  hold?: Promise<void>;
}

const PHONE_FIELD = 501101;
const ROLE_FIELD = 501205;
const NOW = 1_760_000_000;

function contact(id: number, name: string, phones: string[], opts: { role?: 'partner' | 'client'; leads?: number[] } = {}): Contact {
  const role = opts.role === 'partner' ? { value: 'Прораб / партнёр', enum_id: 701201 } : { value: 'Клиент', enum_id: 701203 };
  return {
    id,
    name,
    updated_at: NOW,
    custom_fields_values: [
      {
        field_id: PHONE_FIELD,
        field_code: 'PHONE',
        field_name: 'Телефон',
        field_type: 'multitext',
        values: phones.map((value) => ({ value, enum_code: 'WORK' })),
      },
      ...(opts.role ? [{ field_id: ROLE_FIELD, field_name: 'Роль', field_type: 'select', values: [role] }] : []),
    ],
    _embedded: {
      tags: opts.role === 'partner' ? [{ id: 90101, name: 'прораб' }] : [],
      companies: [],
      leads: (opts.leads ?? []).map((lid) => ({ id: lid })),
    },
  };
}

function lead(id: number, contactIds: number[], address: string): Lead {
  return {
    id,
    name: `Ремонт: ${address}`,
    status_id: 142,
    pipeline_id: 7701001,
    updated_at: NOW,
    custom_fields_values: [{ field_id: 601101, field_name: 'Адрес объекта', field_type: 'text', values: [{ value: address }] }],
    _embedded: { tags: [], companies: [], contacts: contactIds.map((cid, i) => ({ id: cid, is_main: i === 0 })) },
  };
}

function call(id: number, entityId: number, phone: string, daysAgo: number): Note {
  return {
    id,
    entity_id: entityId,
    created_at: NOW - daysAgo * 86_400,
    note_type: 'call_in',
    params: { phone, duration: 60, call_status: 4 },
  };
}

/**
 * `partners` foremen. Each has an own number (called in all three of his deals), and a client's
 * number (`+7 911 6xx…`) that the client contact of his first deal also holds and that was called
 * only in that deal. Every `unsureEvery`-th foreman's client has no contact (so the engine is less
 * sure of that number), and he also holds a landline nobody calls (undecided).
 */
export function makeTestAccount(partners: number, unsureEvery = 0): TestAccount {
  const account: TestAccount = {
    contacts: [],
    leads: [],
    notes: [],
    contactFields: fixture<{ _embedded: { custom_fields: CustomFieldDefinition[] } }>('contacts_custom_fields.json')._embedded
      .custom_fields,
    leadFields: fixture<{ _embedded: { custom_fields: CustomFieldDefinition[] } }>('leads_custom_fields.json')._embedded.custom_fields,
    requests: [],
    sessionLost: false,
  };
  for (let i = 0; i < partners; i += 1) {
    const pid = 1000 + i;
    const own = `+7 921 ${String(100 + i).padStart(3, '0')}-00-01`;
    const client = `+7 911 ${String(600 + i).padStart(3, '0')}-00-02`;
    const deals = [5000 + 3 * i, 5001 + 3 * i, 5002 + 3 * i];
    const clientId = 2000 + i;
    const phones = [own, client];
    // An unsure card: the client has no contact of his own, and a landline nobody calls sits on the card.
    const unsure = unsureEvery > 0 && i % unsureEvery === unsureEvery - 1;
    if (unsure) phones.push(`+7 812 ${String(300 + i).padStart(3, '0')}-00-03`);
    account.contacts.push(contact(pid, `Прораб ${i + 1}`, phones, { role: 'partner', leads: deals }));
    if (!unsure) account.contacts.push(contact(clientId, `Клиент ${i + 1}`, [client], { role: 'client', leads: [deals[0] as number] }));
    deals.forEach((d, k) => {
      account.leads.push(lead(d, k === 0 && !unsure ? [clientId, pid] : [pid], `ул. Садовая, д. ${i + 1}, кв. ${k + 1}`));
      account.notes.push(call(d * 10, d, own, 10 + k));
    });
    const first = deals[0] as number;
    account.notes.push(call(first * 10 + 1, first, client, 5), call(first * 10 + 2, first, client, 3));
  }
  return account;
}

function page<T>(key: string, items: T[], url: URL, limit: number) {
  const pageNo = Number(url.searchParams.get('page') ?? '1');
  const slice = items.slice((pageNo - 1) * limit, pageNo * limit);
  if (slice.length === 0) return new HttpResponse(null, { status: 204 });
  const links: Record<string, { href: string }> = { self: { href: url.href } };
  if (pageNo * limit < items.length) {
    const next = new URL(url.href);
    next.searchParams.set('page', String(pageNo + 1));
    links.next = { href: next.href };
  }
  return HttpResponse.json({ _page: pageNo, _links: links, _embedded: { [key]: slice } });
}

const ids = (url: URL, name: string) => url.searchParams.getAll(name).map(Number);

export function amoHandlers(account: TestAccount, base = BASE) {
  const guard = (request: Request) => {
    const url = new URL(request.url);
    account.requests.push(`${request.method} ${url.pathname}${url.search}`);
    if (account.loseSessionAtRequest !== undefined && account.requests.length >= account.loseSessionAtRequest) account.sessionLost = true;
    if (!account.sessionLost) return null;
    return HttpResponse.json(
      { title: 'Unauthorized', type: 'https://httpstatus.es/401', status: 401, detail: 'Unauthorized' },
      { status: 401 },
    );
  };
  return [
    http.get(
      `${base}/api/v4/contacts/custom_fields`,
      ({ request }) => guard(request) ?? page('custom_fields', account.contactFields, new URL(request.url), 250),
    ),
    http.get(
      `${base}/api/v4/leads/custom_fields`,
      ({ request }) => guard(request) ?? page('custom_fields', account.leadFields, new URL(request.url), 250),
    ),
    http.get(`${base}/api/v4/contacts`, ({ request }) => {
      const url = new URL(request.url);
      const wanted = ids(url, 'filter[id][]');
      const list = wanted.length > 0 ? account.contacts.filter((c) => wanted.includes(c.id)) : account.contacts;
      return guard(request) ?? page('contacts', list, url, Number(url.searchParams.get('limit') ?? '50'));
    }),
    http.get(`${base}/api/v4/contacts/:id`, ({ request, params }) => {
      const found = account.contacts.find((c) => c.id === Number(params.id));
      return guard(request) ?? (found ? HttpResponse.json(found) : new HttpResponse(null, { status: 204 }));
    }),
    http.get(`${base}/api/v4/leads`, async ({ request }) => {
      await account.hold;
      const url = new URL(request.url);
      const wanted = ids(url, 'filter[id][]');
      return (
        guard(request) ??
        page(
          'leads',
          account.leads.filter((l) => wanted.includes(l.id)),
          url,
          250,
        )
      );
    }),
    http.get(`${base}/api/v4/:entity/notes`, ({ request, params }) => {
      const url = new URL(request.url);
      const wanted = ids(url, 'filter[entity_id][]');
      const leadIds = new Set(account.leads.map((l) => l.id));
      const notes = account.notes.filter((n) => wanted.includes(n.entity_id) && (params.entity === 'leads') === leadIds.has(n.entity_id));
      return guard(request) ?? page('notes', notes, url, 250);
    }),
  ];
}

/** Marks a contact as edited in amoCRM (a newer `updated_at`) and replaces its phones. */
export function editContact(account: TestAccount, id: number, phones: string[]): void {
  const c = account.contacts.find((x) => x.id === id);
  if (!c) throw new Error(`no contact ${id}`);
  c.updated_at += 100;
  const field = c.custom_fields_values.find((f) => f.field_id === PHONE_FIELD);
  if (field) field.values = phones.map((value) => ({ value, enum_code: 'WORK' }));
}
