// Links and notes as the widget uses them to move a client's number: link the new client contact to
// the deal, unlink the foreman, leave an audit note — and see it all reflected on both sides.
import * as s from '../../src/api/schemas';
import { readFixture } from '../fixtures';
import { startSandbox, type Session } from './helpers';

let api: Session;
beforeAll(async () => {
  api = await startSandbox();
});
afterAll(() => api.sb.close());
beforeEach(() => api.sb.reset());

const fixture = readFixture;
type LeadBody = { _embedded: { contacts: Array<{ id: number; is_main: boolean }> } };
type ContactBody = { _embedded: { leads: Array<{ id: number }> } };

async function leadContacts(id: number) {
  return (await api.json<LeadBody>(`/api/v4/leads/${id}?with=contacts`)).body._embedded.contacts.map((c) => [c.id, c.is_main]);
}
async function contactLeads(id: number) {
  const { status, body } = await api.json<ContactBody>(`/api/v4/contacts/${id}?with=leads`);
  return status === 200 ? body._embedded.leads.map((l) => l.id) : [];
}

describe('links', () => {
  it('linking with is_main answers main_contact and makes the contact main on both sides', async () => {
    await api.json('/api/v4/contacts', { method: 'POST', body: fixture('contacts_create_request.json') });
    const res = await api.json('/api/v4/leads/31500102/link', { method: 'POST', body: fixture('link_request.json') });
    expect(res.status).toBe(200);
    expect(s.linksPageSchema.parse(res.body)).toMatchObject({
      _total_items: 1,
      _embedded: {
        links: [
          {
            entity_id: 31500102,
            entity_type: 'leads',
            to_entity_id: 24000201,
            to_entity_type: 'contacts',
            metadata: { main_contact: true },
          },
        ],
      },
    });
    expect(await leadContacts(31500102)).toEqual([
      [24000101, false],
      [24000201, true],
    ]);
    expect(await contactLeads(24000201)).toEqual([31500102]);
  });

  it('unlinking answers 204 and the deal disappears from the contact', async () => {
    const res = await api.call('/api/v4/leads/31500101/unlink', { method: 'POST', body: fixture('unlink_request.json') });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await contactLeads(24000101)).not.toContain(31500101);
    expect(await leadContacts(31500101)).toEqual([[24000104, true]]);
  });

  it('unlinking the main contact makes the next one main', async () => {
    await api.call('/api/v4/leads/31500101/unlink', { method: 'POST', body: [{ to_entity_id: 24000104, to_entity_type: 'contacts' }] });
    expect(await leadContacts(31500101)).toEqual([[24000101, true]]);
  });

  it('bulk link needs entity_id, and the bulk list shows links of many deals', async () => {
    const missing = await api.json<s.Problem>('/api/v4/leads/link', {
      method: 'POST',
      body: [{ to_entity_id: 24000102, to_entity_type: 'contacts' }],
    });
    expect(missing.body['validation-errors']?.[0]?.errors[0]).toMatchObject({ code: 'NotBlank', path: 'entity_id' });
    const ok = await api.json('/api/v4/leads/link', {
      method: 'POST',
      body: [
        { entity_id: 31500102, to_entity_id: 24000102, to_entity_type: 'contacts' },
        { entity_id: 31500101, to_entity_id: 4410002, to_entity_type: 'catalog_elements', metadata: { catalog_id: 12301, quantity: 1 } },
      ],
    });
    expect(ok.status).toBe(200);
    const list = await api.json<unknown>('/api/v4/leads/links?filter[entity_id][]=31500101&filter[entity_id][]=31500102');
    const links = s.linksPageSchema.parse(list.body)._embedded.links;
    expect(links).toContainEqual({
      entity_id: 31500102,
      entity_type: 'leads',
      to_entity_id: 24000102,
      to_entity_type: 'contacts',
      metadata: { main_contact: false },
    });
    expect(links).toContainEqual({
      entity_id: 31500101,
      entity_type: 'leads',
      to_entity_id: 4410002,
      to_entity_type: 'catalog_elements',
      metadata: { quantity: 1, catalog_id: 12301 },
    });
    expect((await api.call('/api/v4/leads/links')).status).toBe(400);
  });

  it('refuses links to entities that do not exist', async () => {
    const res = await api.json<s.Problem>('/api/v4/leads/31500101/link', {
      method: 'POST',
      body: [{ to_entity_id: 1, to_entity_type: 'contacts' }],
    });
    expect(res.status).toBe(400);
    expect(res.body['validation-errors']?.[0]?.errors[0]).toMatchObject({ path: 'to_entity_id' });
    expect(
      (await api.call('/api/v4/leads/1/link', { method: 'POST', body: [{ to_entity_id: 24000101, to_entity_type: 'contacts' }] })).status,
    ).toBe(404);
  });

  it('a contact lists its deals and client-base rows from its own side', async () => {
    const { body } = await api.json<unknown>('/api/v4/contacts/24000101/links');
    const links = s.linksPageSchema.parse(body)._embedded.links;
    expect(links.filter((l) => l.to_entity_type === 'leads').map((l) => l.to_entity_id)).toEqual(
      expect.arrayContaining([31500101, 31500102, 31500103]),
    );
    expect(links).toContainEqual({
      to_entity_id: 4410001,
      to_entity_type: 'catalog_elements',
      metadata: { quantity: 1, catalog_id: 12301 },
    });
  });

  it('filters one deal’s links by target', async () => {
    const { body } = await api.json<unknown>('/api/v4/leads/31500101/links?filter[to_entity_type]=contacts&filter[to_entity_id]=24000104');
    expect(s.linksPageSchema.parse(body)._embedded.links).toEqual([
      { to_entity_id: 24000104, to_entity_type: 'contacts', metadata: { main_contact: true } },
    ]);
  });
});

describe('notes', () => {
  it('creates the fixture audit note on the contact and reads it back', async () => {
    const res = await api.json('/api/v4/contacts/24000101/notes', { method: 'POST', body: fixture('note_common_create_request.json') });
    expect(res.status).toBe(200);
    const created = s.notesCreateResponseSchema.parse(res.body)._embedded.notes;
    expect(created).toMatchObject([{ id: 88002001, entity_id: 24000101, request_id: '0' }]);
    const list = s.notesPageSchema.parse((await api.json('/api/v4/contacts/24000101/notes')).body)._embedded.notes;
    expect(list.map((n) => [n.note_type, n.params.text])).toEqual([
      ['common', (fixture('note_common_create_request.json') as Array<{ params: { text: string } }>)[0]?.params.text],
    ]);
  });

  it('bulk note creation needs an existing entity_id per note', async () => {
    const res = await api.json<s.Problem>('/api/v4/leads/notes', {
      method: 'POST',
      body: [
        { entity_id: 31500101, note_type: 'common', params: { text: 'ok' } },
        { note_type: 'common', params: { text: 'no entity' }, request_id: 'x' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body['validation-errors']).toEqual([
      { request_id: 'x', errors: [{ code: 'NotBlank', path: 'entity_id', detail: 'This value should not be blank.' }] },
    ]);
    const ok = await api.json('/api/v4/leads/notes', {
      method: 'POST',
      body: [{ entity_id: 31500103, note_type: 'common', params: { text: 'Звонила клиентка' } }],
    });
    expect(ok.status).toBe(200);
    const notes = s.notesPageSchema.parse(
      (await api.json('/api/v4/leads/notes?filter[entity_id][]=31500103&filter[note_type][]=common')).body,
    )._embedded.notes;
    expect(notes.map((n) => n.params.text)).toContain('Звонила клиентка');
  });

  it('filters notes by id and pages calls of the heavy card at 250', async () => {
    const one = s.notesPageSchema.parse((await api.json('/api/v4/leads/notes?filter[id][]=88001003')).body)._embedded.notes;
    expect(one.map((n) => n.id)).toEqual([88001003]);
    const ids = Array.from({ length: 40 }, (_, i) => `filter[entity_id][]=${31600001 + i}`).join('&');
    const page1 = await api.json<unknown>(`/api/v4/leads/notes?${ids}&limit=250`);
    const body = s.notesPageSchema.parse(page1.body);
    expect(body._embedded.notes).toHaveLength(250);
    expect(body._links?.next?.href).toContain('page=2');
    const page2 = s.notesPageSchema.parse((await api.json(`/api/v4/leads/notes?${ids}&limit=250&page=2`)).body);
    expect(page2._embedded.notes).toHaveLength(150);
    expect(page2._links?.next).toBeUndefined();
  });
});
