// Reading the sandbox as the widget does: HAL shapes parsed by the client's schemas and laid out
// like the real fixtures, paging, 204s, errors, PHP-style arrays and phone search.
import * as s from '../../src/api/schemas';
import { readFixture } from '../fixtures';
import { startSandbox, type Session } from './helpers';

let api: Session;
beforeAll(async () => {
  api = await startSandbox();
});
afterAll(() => api.sb.close());

/** The key layout of a payload (objects' keys, first item of arrays), to compare with a fixture. */
function keyShape(v: unknown): unknown {
  if (Array.isArray(v)) return v.length ? [keyShape(v[0])] : [];
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, keyShape((v as Record<string, unknown>)[k])]),
    );
  return typeof v;
}
const fixture = readFixture;

describe('answers have the real API shapes', () => {
  it.each([
    ['/api/v4/account', s.accountSchema, 'account.json'],
    ['/api/v4/users', s.usersPageSchema, 'users.json'],
    ['/api/v4/contacts/custom_fields', s.customFieldsPageSchema, 'contacts_custom_fields.json'],
    ['/api/v4/leads/custom_fields', s.customFieldsPageSchema, 'leads_custom_fields.json'],
    ['/api/v4/contacts/24000101?with=leads,catalog_elements', s.contactSchema, null],
    ['/api/v4/leads?filter[id][]=31500101&filter[id][]=31500102&with=contacts', s.leadsPageSchema, 'leads_batch.json'],
    ['/api/v4/leads/31500101/notes', s.notesPageSchema, 'lead_notes_calls.json'],
    ['/api/v4/leads/31500101/links', s.linksPageSchema, null],
    ['/api/v4/catalogs', s.catalogsPageSchema, 'catalogs.json'],
    [
      '/api/v4/catalogs/12301/elements?filter[id][]=4410001&filter[id][]=4410002',
      s.catalogElementsPageSchema,
      'catalog_elements_clients.json',
    ],
    ['/api/v4/contacts?limit=4', s.contactsPageSchema, 'contacts_list_page1.json'],
  ] as const)('%s parses and is HAL+JSON', async (path, schema, fixtureName) => {
    const res = await api.call(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/hal\+json/);
    const body: unknown = await res.json();
    expect(schema.safeParse(body).error?.issues ?? []).toEqual([]);
    if (fixtureName) expect(keyShape(body)).toEqual(keyShape(fixture(fixtureName)));
  });

  it('the fixture foreman reads back exactly as the fixture, apart from links to this origin', async () => {
    const { body } = await api.json<Record<string, unknown>>('/api/v4/contacts/24000101?with=leads,catalog_elements');
    const expected = fixture('contact_partner_with_leads.json') as Record<string, unknown>;
    const strip = (v: unknown) =>
      JSON.parse(JSON.stringify(v).replaceAll('https://remont-spb.amocrm.ru', 'X').replaceAll(api.sb.url, 'X')) as Record<string, unknown>;
    const got = strip(body);
    const want = strip(expected);
    const phones = (c: Record<string, unknown>) =>
      (c.custom_fields_values as Array<{ field_id: number; values: unknown[] }>).find((f) => f.field_id === 501101)?.values;
    expect(phones(got)?.slice(0, 8)).toEqual(phones(want));
    expect(got._embedded).toMatchObject({
      tags: [{ id: 90101, name: 'прораб' }],
      catalog_elements: [{ id: 4410001, metadata: { quantity: 1, catalog_id: 12301, price_id: null } }],
    });
    const leads = (got._embedded as { leads: Array<{ id: number }> }).leads.map((l) => l.id);
    expect(leads.slice(0, 3)).toEqual([31500101, 31500102, 31500103]);
    expect(got.name).toBe(want.name);
  });

  it('links carry the origin the request came to', async () => {
    const { body } = await api.json<{ _links: { self: { href: string } } }>('/api/v4/account');
    expect(body._links.self.href).toBe(`${api.sb.url}/api/v4/account`);
  });
});

describe('paging', () => {
  it('gives next on every page but the last, prev past the first, and 204 past the end', async () => {
    const seen: number[] = [];
    let page = 1;
    for (;;) {
      const res = await api.call(`/api/v4/contacts?limit=10&page=${page}`);
      if (res.status === 204) break;
      const body = s.contactsPageSchema.parse(await res.json());
      seen.push(...body._embedded.contacts.map((c) => c.id));
      expect(body._page).toBe(page);
      expect(Boolean(body._links?.prev)).toBe(page > 1);
      if (!body._links?.next) break;
      expect(body._links.next.href).toContain(`page=${page + 1}`);
      page += 1;
    }
    expect(seen.length).toBe(api.sb.store.contacts.size);
    expect(new Set(seen).size).toBe(seen.length);
    const past = await api.call(`/api/v4/contacts?limit=10&page=${page + 1}`);
    expect(past.status).toBe(204);
    expect(await past.text()).toBe('');
  });

  it('defaults to 50 a page and rejects limit over 250', async () => {
    const { body } = await api.json<{ _embedded: { leads: unknown[] } }>('/api/v4/leads');
    expect(body._embedded.leads).toHaveLength(50);
    expect((await api.json('/api/v4/leads?limit=250')).status).toBe(200);
    const over = await api.call('/api/v4/leads?limit=251');
    expect(over.status).toBe(400);
    expect(over.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers 204 with an empty body when a filter matches nothing', async () => {
    for (const path of [
      '/api/v4/leads?filter[id][]=1',
      '/api/v4/contacts?query=нетакогоимени',
      '/api/v4/leads/notes?filter[entity_id][]=1',
    ]) {
      const res = await api.call(path);
      expect([path, res.status]).toEqual([path, 204]);
      expect(await res.text()).toBe('');
    }
  });
});

describe('single entities and errors', () => {
  it('answers 204 for a missing contact, lead or note', async () => {
    for (const path of ['/api/v4/contacts/1', '/api/v4/leads/2', '/api/v4/leads/31500101/notes/3'])
      expect((await api.call(path)).status).toBe(204);
  });

  it('answers 404 problem+json for an unknown route and 405 for a wrong method', async () => {
    const unknown = await api.json<{ status: number; title: string }>('/api/v4/contactz');
    expect(unknown.status).toBe(404);
    expect(s.problemSchema.parse(unknown.body)).toMatchObject({ status: 404, title: 'Not Found' });
    const wrong = await api.call('/api/v4/leads/31500101', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });

  it('without a session answers 401 exactly like the fixture', async () => {
    const res = await api.call('/api/v4/account', { cookie: null });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toEqual(fixture('error_401.json'));
    expect((await api.call('/api/v4/account', { cookie: 'session=forged' })).status).toBe(401);
  });

  it('reports the logged-in user as current_user_id', async () => {
    const res = await fetch(`${api.sb.url}/sandbox/login`, { method: 'POST', body: JSON.stringify({ user_id: 8101003 }) });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { body } = await api.json<{ current_user_id: number }>('/api/v4/account');
    expect(body.current_user_id).toBe(8101001);
    const other = await (await api.call('/api/v4/account', { cookie })).json();
    expect(other).toMatchObject({ current_user_id: 8101003 });
  });
});

describe('filters and search', () => {
  it('accepts PHP-style and indexed array params alike', async () => {
    const a = await api.json<{ _embedded: { leads: Array<{ id: number }> } }>('/api/v4/leads?filter[id][]=31500102&filter[id][]=31500103');
    const b = await api.json<{ _embedded: { leads: Array<{ id: number }> } }>(
      '/api/v4/leads?filter%5Bid%5D%5B0%5D=31500102&filter%5Bid%5D%5B1%5D=31500103',
    );
    expect(a.body._embedded.leads.map((l) => l.id)).toEqual([31500102, 31500103]);
    expect(b.body._embedded.leads.map((l) => l.id)).toEqual([31500102, 31500103]);
  });

  it('finds a contact by the digits of a phone written in another format', async () => {
    // The card holds "8 (931) 380-90-90 Марина, Загребский"; the search has only digits.
    const { body } = await api.json<{ _embedded: { contacts: Array<{ id: number }> } }>('/api/v4/contacts?query=9313809090');
    expect(body._embedded.contacts.map((c) => c.id)).toEqual([24000101]);
    const short = await api.json<{ _embedded: { contacts: Array<{ id: number }> } }>('/api/v4/contacts?query=9001234');
    expect(short.body._embedded.contacts.map((c) => c.id)).toContain(24000102);
  });

  it('finds contacts by a piece of the name, case-insensitively', async () => {
    const { body } = await api.json<{ _embedded: { contacts: Array<{ name: string }> } }>('/api/v4/contacts?query=загребский');
    expect(body._embedded.contacts.map((c) => c.name)).toContain('Загребский 33-118');
  });

  it('filters notes by entity and type across many deals', async () => {
    const { body } = await api.json<{ _embedded: { notes: Array<{ entity_id: number; note_type: string }> } }>(
      '/api/v4/leads/notes?filter[entity_id][]=31500101&filter[entity_id][]=31500102&filter[note_type][]=call_in&filter[note_type][]=call_out&limit=250',
    );
    const notes = body._embedded.notes;
    expect(notes.length).toBeGreaterThan(4);
    expect(new Set(notes.map((n) => n.entity_id))).toEqual(new Set([31500101, 31500102]));
    expect(notes.every((n) => n.note_type === 'call_in' || n.note_type === 'call_out')).toBe(true);
  });

  it('finds a client-base row by contract number', async () => {
    const { body } = await api.json<{ _embedded: { elements: Array<{ id: number }> } }>(
      `/api/v4/catalogs/12301/elements?query=${encodeURIComponent('СПб-2024/118')}`,
    );
    expect(body._embedded.elements.map((e) => e.id)).toEqual([4410001]);
  });
});

describe('call recordings', () => {
  it('serves a playable WAV at the link of a call note', async () => {
    const { body } = await api.json<{ params: { link: string } }>('/api/v4/leads/31500101/notes/88001001');
    expect(body.params.link).toMatch(new RegExp(`^${api.sb.url}/sandbox/recordings/.+\\.wav$`));
    const res = await fetch(body.params.link);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    const wav = Buffer.from(await res.arrayBuffer());
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.toString('ascii', 8, 12)).toBe('WAVE');
    expect(wav.readUInt32LE(24)).toBe(8000);
    expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
    expect(wav.length).toBeLessThan(64_000);
  });
});
