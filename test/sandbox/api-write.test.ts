// Writing contacts as the widget does: create with request_id, PATCH that replaces a field's whole
// list, values:null clearing, dates in and out, and validation errors amoCRM-style.
import fc from 'fast-check';
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
type Field = { field_id: number; values: Array<{ value: unknown; enum_id?: number; enum_code?: string }> };
type ContactBody = {
  name: string;
  updated_at: number;
  updated_by: number;
  custom_fields_values: Field[] | null;
  _embedded: { tags: Array<{ name: string }> };
};

async function contact(id: number): Promise<ContactBody> {
  const { status, body } = await api.json<ContactBody>(`/api/v4/contacts/${id}`);
  expect(status).toBe(200);
  return body;
}
const field = (c: ContactBody, id: number) => c.custom_fields_values?.find((f) => f.field_id === id);

describe('POST /api/v4/contacts', () => {
  it('creates the fixture contacts, echoing request_id or the index, with new ids from 24000201', async () => {
    const { status, body } = await api.json('/api/v4/contacts', { method: 'POST', body: fixture('contacts_create_request.json') });
    expect(status).toBe(200);
    const parsed = s.contactsCreateResponseSchema.parse(body);
    expect(parsed._embedded.contacts.map((c) => [c.id, c.request_id])).toEqual([
      [24000201, 'client-kupchinskaya-4-3-22'],
      [24000202, '1'],
    ]);
    const named = await contact(24000202);
    expect(named.name).toBe('Соколова Марина Викторовна');
    expect(field(named, 501101)?.values).toEqual([{ value: '+79117654321', enum_id: 701105, enum_code: 'MOB' }]);
    expect(field(named, 501205)?.values).toEqual([{ value: 'Клиент', enum_id: 701203 }]);
    expect(named._embedded.tags.map((t) => t.name)).toEqual(['клиент']);
  });

  it('refuses an object body and more than 250 contacts', async () => {
    expect((await api.call('/api/v4/contacts', { method: 'POST', body: { name: 'x' } })).status).toBe(400);
    const many = Array.from({ length: 251 }, (_, i) => ({ name: `c${i}` }));
    expect((await api.call('/api/v4/contacts', { method: 'POST', body: many })).status).toBe(422);
  });
});

describe('PATCH /api/v4/contacts', () => {
  it('applies the fixture patch: phone list replaced, url cleared, dates kept as int', async () => {
    const before = await contact(24000101);
    const { status, body } = await api.json('/api/v4/contacts', { method: 'PATCH', body: fixture('contacts_patch_request.json') });
    expect(status).toBe(200);
    const answer = s.contactsPatchResponseSchema.parse(body);
    expect(answer._embedded.contacts[0]).toMatchObject({ id: 24000101, name: 'Кузнецов Сергей Васильевич' });
    const after = await contact(24000101);
    expect(field(after, 501101)?.values.map((v) => v.value)).toEqual([
      '8 (921) 123-45-67',
      '+7 921 1234567',
      '89211234567 доб. 12',
      '+7(812)555-12-34',
      '921 000 11 22',
    ]);
    expect(field(after, 501101)?.values[2]).toEqual({ value: '89211234567 доб. 12', enum_id: 701103, enum_code: 'WORKDD' });
    expect(field(after, 501203)?.values).toEqual([{ value: 258670800 }]);
    expect(field(after, 501211)?.values).toEqual([{ value: 1737320400 }]); // "2025-01-20T00:00:00+03:00"
    expect(field(after, 501209)).toBeUndefined();
    expect(field(after, 501207)).toEqual(field(before, 501207)); // not mentioned → untouched
    expect(after.updated_at).toBeGreaterThan(before.updated_at);
    expect(after.updated_by).toBe(8101001);
  });

  it('a phone list of one replaces the whole list, it does not append', async () => {
    await api.json('/api/v4/contacts/24000103', {
      method: 'PATCH',
      body: { custom_fields_values: [{ field_code: 'PHONE', values: [{ value: '+79046112233', enum_code: 'MOB' }] }] },
    });
    expect(field(await contact(24000103), 501101)?.values).toEqual([{ value: '+79046112233', enum_id: 701105, enum_code: 'MOB' }]);
  });

  it('clearing the last filled field leaves custom_fields_values null', async () => {
    const c = await contact(24000102);
    const clears = (c.custom_fields_values ?? []).map((f) => ({ field_id: f.field_id, values: null }));
    const res = await api.json('/api/v4/contacts/24000102', { method: 'PATCH', body: { custom_fields_values: clears } });
    expect(res.status).toBe(200);
    expect(s.contactsPatchResponseSchema.parse(res.body)._embedded.contacts[0]?.id).toBe(24000102);
    expect((await contact(24000102)).custom_fields_values).toBeNull();
  });

  it('takes a birthday as an RFC 3339 string and returns midnight Moscow as int', async () => {
    await api.json('/api/v4/contacts/24000105', {
      method: 'PATCH',
      body: { custom_fields_values: [{ field_id: 501203, values: [{ value: '1978-03-15T00:00:00+03:00' }] }] },
    });
    expect(field(await contact(24000105), 501203)?.values).toEqual([{ value: 258757200 }]);
  });

  it('answers validation-errors per item with paths, and changes nothing of the batch', async () => {
    const before = await contact(24000101);
    const body = [
      { id: 24000103, name: 'Петров Алексей Иванович' },
      {
        id: 24000101,
        request_id: 'kuz',
        custom_fields_values: [
          { field_id: 999999, values: [{ value: 'x' }] },
          { field_id: 501203, values: [{ value: 'вчера' }] },
        ],
      },
    ];
    const res = await api.json<unknown>('/api/v4/contacts', { method: 'PATCH', body });
    expect(res.status).toBe(400);
    expect(res.res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(s.problemSchema.parse(res.body)['validation-errors']).toEqual([
      {
        request_id: 'kuz',
        errors: [
          { code: 'NotSupportedChoice', path: 'custom_fields_values.0.field_id', detail: 'The value you selected is not a valid choice.' },
          { code: 'InvalidType', path: 'custom_fields_values.1.values.0.value', detail: 'This value should be of type int.' },
        ],
      },
    ]);
    expect((await contact(24000103)).name).toBe('Петров Алексей');
    expect((await contact(24000101)).updated_at).toBe(before.updated_at);
  });

  it('rejects an unknown enum code and a missing id in a batch', async () => {
    const bad = await api.json<s.Problem>('/api/v4/contacts', {
      method: 'PATCH',
      body: [{ id: 24000101, custom_fields_values: [{ field_code: 'PHONE', values: [{ value: '1', enum_code: 'CELL' }] }] }],
    });
    expect(bad.body['validation-errors']?.[0]?.errors[0]).toMatchObject({
      code: 'NotSupportedChoice',
      path: 'custom_fields_values.0.values.0.enum_code',
    });
    const noId = await api.json<s.Problem>('/api/v4/contacts', { method: 'PATCH', body: [{ name: 'x' }] });
    expect(noId.status).toBe(400);
    expect(noId.body['validation-errors']?.[0]?.errors[0]).toMatchObject({ code: 'NotBlank', path: 'id' });
  });

  it('single PATCH takes an object, not an array', async () => {
    expect((await api.call('/api/v4/contacts/24000101', { method: 'PATCH', body: [{ name: 'x' }] })).status).toBe(400);
  });

  it('selects by enum value text or id and reads back both', async () => {
    await api.json('/api/v4/contacts/24000108', {
      method: 'PATCH',
      body: { custom_fields_values: [{ field_id: 501205, values: [{ value: 'Поставщик' }] }] },
    });
    expect(field(await contact(24000108), 501205)?.values).toEqual([{ value: 'Поставщик', enum_id: 701205 }]);
  });
});

describe('replace-the-list, whatever the list', () => {
  const phoneValue = fc.record({
    value: fc.string({ minLength: 1, maxLength: 40 }).filter((v) => v.trim() !== ''),
    enum_code: fc.constantFrom('WORK', 'WORKDD', 'MOB', 'FAX', 'HOME', 'OTHER'),
  });

  it('reads back exactly the phone list last sent, in order, with enum ids resolved', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(phoneValue, { minLength: 1, maxLength: 30 }), async (values) => {
        const res = await api.call('/api/v4/contacts/24000101', {
          method: 'PATCH',
          body: { custom_fields_values: [{ field_code: 'PHONE', values }] },
        });
        expect(res.status).toBe(200);
        const phones = field(await contact(24000101), 501101)?.values ?? [];
        expect(phones.map((v) => [v.value, v.enum_code])).toEqual(values.map((v) => [v.value, v.enum_code]));
        expect(phones.every((v) => typeof v.enum_id === 'number')).toBe(true);
        expect(field(await contact(24000101), 501103)?.values).toHaveLength(3); // emails untouched
      }),
      { numRuns: 15 },
    );
  });
});

describe('tags', () => {
  it('adds tags by name on create (also from _embedded.tags) and removes them on update', async () => {
    const { body } = await api.json<{ _embedded: { contacts: Array<{ id: number }> } }>('/api/v4/contacts', {
      method: 'POST',
      body: [{ name: 'Клиент с тегами', tags_to_add: [{ name: 'клиент' }], _embedded: { tags: [{ name: 'Купчино' }] } }],
    });
    const id = body._embedded.contacts[0]?.id ?? 0;
    expect((await contact(id))._embedded.tags.map((t) => t.name)).toEqual(['клиент', 'Купчино']);
    await api.json(`/api/v4/contacts/${id}`, { method: 'PATCH', body: { tags_to_delete: [{ name: 'клиент' }] } });
    expect((await contact(id))._embedded.tags.map((t) => t.name)).toEqual(['Купчино']);
  });
});
