// Every shared fixture read through the client, exactly as amoCRM answers it.
import { http, HttpResponse } from 'msw';
import {
  contactsCreateRequestSchema,
  contactsPatchRequestSchema,
  linkRequestSchema,
  linksPageSchema,
  notesCreateRequestSchema,
  problemSchema,
  usersPageSchema,
} from '../../src/api/schemas';
import { fixture, server, testClient, startMsw } from './helpers';

startMsw();

const json = (name: string) => () => HttpResponse.json(fixture(name) as Record<string, unknown>);

describe('the client reads amoCRM answers as they are', () => {
  it('reads the foreman card: messy phones with their enum codes, deal refs and client-base refs', async () => {
    server.use(http.get('http://amo.test/api/v4/contacts/24000101', json('contact_partner_with_leads.json')));
    const contact = await testClient().getContact(24000101);
    const phones = contact?.custom_fields_values.find((f) => f.field_code === 'PHONE')?.values ?? [];
    expect(phones).toHaveLength(8);
    expect(phones[2]).toMatchObject({ value: '89211234567 доб. 12', enum_code: 'WORKDD' });
    expect(contact?._embedded.leads?.map((l) => l.id)).toEqual(expect.arrayContaining([31500101]));
    expect(contact?._embedded.catalog_elements?.length).toBeGreaterThan(0);
  });

  it('accepts the documented `enum` alias and exposes it as enum_code', async () => {
    const card = fixture('contact_partner_with_leads.json') as { custom_fields_values: Array<{ values: Array<Record<string, unknown>> }> };
    const phone = card.custom_fields_values[0]!.values[0]!;
    phone.enum = phone.enum_code;
    delete phone.enum_code;
    server.use(http.get('http://amo.test/api/v4/contacts/24000101', () => HttpResponse.json(card)));
    const contact = await testClient().getContact(24000101);
    expect(contact?.custom_fields_values[0]?.values[0]?.enum_code).toBe('WORK');
  });

  it('reads `custom_fields_values: null` as an empty list and follows the contacts page link', async () => {
    const page1 = fixture('contacts_list_page1.json') as { _embedded: { contacts: Array<{ id: number }> } };
    server.use(
      http.get('http://amo.test/api/v4/contacts', ({ request }) =>
        new URL(request.url).searchParams.get('page') === '2' ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(page1),
      ),
    );
    const contacts = await testClient().searchContacts('Кузнецов');
    expect(contacts.map((c) => c.id)).toEqual(page1._embedded.contacts.map((c) => c.id));
    expect(contacts.some((c) => c.custom_fields_values.length === 0)).toBe(true);
  });

  it('reads deals with their contacts and a deal whose custom fields are null', async () => {
    server.use(http.get('http://amo.test/api/v4/leads', json('leads_batch.json')));
    const deals = await testClient().getLeadsByIds([31500101, 31500102, 31500103]);
    expect(deals.map((d) => d.id)).toEqual([31500101, 31500102, 31500103]);
    expect(deals[0]?._embedded.contacts?.[0]).toMatchObject({ id: 24000104, is_main: true });
    expect(deals.some((d) => d.custom_fields_values.length === 0)).toBe(true);
  });

  it('reads call notes with free-text phones and keeps other note types', async () => {
    server.use(http.get('http://amo.test/api/v4/leads/notes', json('lead_notes_calls.json')));
    const notes = await testClient().getNotes('leads', [31500101]);
    expect(notes.filter((n) => n.note_type === 'call_in' || n.note_type === 'call_out').length).toBeGreaterThan(2);
    expect(notes[1]?.params.phone).toBe('89117654321');
  });

  it('reads field definitions, account, catalogs and client-base rows', async () => {
    server.use(
      http.get('http://amo.test/api/v4/contacts/custom_fields', json('contacts_custom_fields.json')),
      http.get('http://amo.test/api/v4/leads/custom_fields', json('leads_custom_fields.json')),
      http.get('http://amo.test/api/v4/account', json('account.json')),
      http.get('http://amo.test/api/v4/catalogs', json('catalogs.json')),
      http.get('http://amo.test/api/v4/catalogs/12301/elements', json('catalog_elements_clients.json')),
    );
    const client = testClient();
    const fields = await client.getCustomFields('contacts');
    expect(fields.find((f) => f.code === 'PHONE')?.enums.map((e) => e.value)).toContain('MOB');
    expect((await client.getCustomFields('leads')).some((f) => f.name === 'Номер договора')).toBe(true);
    expect((await client.getAccount()).current_user_id).toBeGreaterThan(0);
    expect((await client.getCatalogs()).map((c) => c.id)).toContain(12301);
    const rows = await client.getCatalogElementsByIds(12301, [4410001]);
    expect(rows[0]?.name).toContain('СПб-2024/118');
  });

  it('returns what amoCRM saved for creates, patches, links and notes', async () => {
    server.use(
      http.post('http://amo.test/api/v4/contacts', json('contacts_create_response.json')),
      http.patch('http://amo.test/api/v4/contacts/24000101', json('contacts_patch_response.json')),
      http.post('http://amo.test/api/v4/leads/link', json('link_response.json')),
      http.post('http://amo.test/api/v4/contacts/notes', json('note_common_create_response.json')),
    );
    const client = testClient();
    const created = await client.createContacts([
      { name: 'Купчинская 4-3-22', request_id: 'client-kupchinskaya-4-3-22' },
      { name: 'Иванов' },
    ]);
    expect(created.map((c) => c.id)).toEqual([24000201, 24000202]);
    expect((await client.patchContact(24000101, { name: 'Кузнецов Сергей Васильевич' })).updated_at).toBeGreaterThan(0);
    const links = await client.linkContactToLeads(24000201, [31500102], { isMain: true });
    expect(links[0]?.metadata?.main_contact).toBe(true);
    const notes = await client.addNotes('contacts', [{ entity_id: 24000101, note_type: 'common', params: { text: 'moved' } }]);
    expect(notes[0]?.id).toBeGreaterThan(0);
  });
});

describe('request and other fixtures fit the schemas the client writes and reads with', () => {
  it.each([
    ['contacts_create_request.json', contactsCreateRequestSchema],
    ['contacts_patch_request.json', contactsPatchRequestSchema],
    ['link_request.json', linkRequestSchema],
    ['unlink_request.json', linkRequestSchema],
    ['note_common_create_request.json', notesCreateRequestSchema],
    ['users.json', usersPageSchema],
    ['lead_links.json', linksPageSchema],
    ['error_429.json', problemSchema],
    ['error_validation_400.json', problemSchema],
  ] as const)('%s', (name, schema) => {
    const parsed = schema.safeParse(fixture(name));
    expect(parsed.error?.issues).toBeUndefined();
  });

  it('a patch request clears a field with `values: null` and keeps the full phone list', () => {
    const [patch] = contactsPatchRequestSchema.parse(fixture('contacts_patch_request.json'));
    expect(patch?.custom_fields_values?.some((f) => f.values === null)).toBe(true);
    expect(patch?.custom_fields_values?.find((f) => f.field_id === 501101 || f.field_code === 'PHONE')?.values?.length).toBeGreaterThan(1);
  });
});
