// Removing a client's number must send the partner's full remaining list, built from a fresh read.
import { http, HttpResponse } from 'msw';
import { phoneListPatch, StaleContactError } from '../../src/api/client';
import type { ContactWrite } from '../../src/api/schemas';
import { fixture, server, testClient, startMsw } from './helpers';

startMsw();

const CARD = 'http://amo.test/api/v4/contacts/24000101';

function serveCard(): { patches: ContactWrite[] } {
  const sent = { patches: [] as ContactWrite[] };
  server.use(
    http.get(CARD, () => HttpResponse.json(fixture('contact_partner_with_leads.json') as Record<string, unknown>)),
    http.patch(CARD, async ({ request }) => {
      sent.patches.push((await request.json()) as ContactWrite);
      return HttpResponse.json(fixture('contacts_patch_response.json') as Record<string, unknown>);
    }),
  );
  return sent;
}

describe('phone list patches', () => {
  it('removing two numbers by position keeps the other six with their kinds (enum codes)', async () => {
    serveCard();
    const card = (await testClient().getContact(24000101))!;
    const patch = phoneListPatch(card, { remove: [4, 5] });
    expect(patch.field_id).toBe(501101);
    expect(patch.values).toEqual([
      { value: '8 (921) 123-45-67', enum_code: 'WORK' },
      { value: '+7 921 1234567', enum_code: 'MOB' },
      { value: '89211234567 доб. 12', enum_code: 'WORKDD' },
      { value: '+7(812)555-12-34', enum_code: 'WORK' },
      { value: '921 000 11 22', enum_code: 'HOME' },
      { value: '8 (931) 380-90-90 Марина, Загребский', enum_code: 'OTHER' },
    ]);
  });

  it('removes by a test on the stored value and adds a number at the end', async () => {
    serveCard();
    const card = (await testClient().getContact(24000101))!;
    const patch = phoneListPatch(card, {
      remove: (item) => String(item.value).includes('Марина'),
      add: [{ value: '+79990001122', enum_code: 'MOB' }],
    });
    expect(patch.values).toHaveLength(8);
    expect(patch.values?.at(-1)).toEqual({ value: '+79990001122', enum_code: 'MOB' });
    expect(patch.values?.some((v) => String(v.value).includes('Марина'))).toBe(false);
  });

  it('clears the field with null when the last number goes', async () => {
    serveCard();
    const card = (await testClient().getContact(24000101))!;
    expect(phoneListPatch(card, { remove: () => true }).values).toBeNull();
  });

  it('refuses a copy, a stale read, or positions that are not in the list', async () => {
    serveCard();
    const card = (await testClient().getContact(24000101))!;
    expect(() => phoneListPatch({ ...card }, { remove: [0] })).toThrow(StaleContactError);
    expect(() => phoneListPatch(card, { remove: [0] }, Date.now() + 5 * 60_000)).toThrow(/read 30\d s ago/);
    expect(() => phoneListPatch(card, { remove: [8] })).toThrow(/positions 8/);
  });

  it('replacePhones re-reads the contact and sends the full remaining list', async () => {
    const sent = serveCard();
    const { before } = await testClient().replacePhones(24000101, { remove: [0] });
    expect(before.id).toBe(24000101);
    expect(sent.patches).toHaveLength(1);
    const phones = sent.patches[0]!.custom_fields_values?.[0];
    expect(phones?.field_id).toBe(501101);
    expect(phones?.values).toHaveLength(7);
    expect(phones?.values?.[0]).toEqual({ value: '+7 921 1234567', enum_code: 'MOB' });
  });
});
