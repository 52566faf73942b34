// The client against the real sandbox (its own HTTP server, session cookie and 7 rps limiter).
import { createAmoClient, createScheduler, type AmoClient } from '../../src/api/client';
import { loadPartnerEvidence } from '../../src/api/client/evidence';
import { createSandbox, type Sandbox } from '../../sandbox/server';
import { DEMO_IDS } from '../../sandbox/demo';
import { sandboxCookie } from '../../bench/session';

let sandbox: Sandbox;
let cookie: string;

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
  cookie = await sandboxCookie(sandbox.url);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

function client(scheduler = createScheduler()): AmoClient {
  return createAmoClient({ baseUrl: sandbox.url, headers: { Cookie: cookie }, scheduler, retry: { baseDelayMs: 5 } });
}

const phonesOf = (
  c: { custom_fields_values: Array<{ field_code?: string | null; values: Array<{ value?: unknown }> }> } | null | undefined,
) => (c?.custom_fields_values.find((f) => f.field_code === 'PHONE')?.values ?? []).map((v) => v.value);

describe('against the sandbox', () => {
  it('reads the foreman card with its deals; a missing contact is null', async () => {
    const api = client();
    const card = await api.getContact(DEMO_IDS.kuznetsov);
    expect(card?._embedded.leads?.map((l) => l.id).sort()).toEqual(sandbox.store.leadIdsOfContact(DEMO_IDS.kuznetsov));
    expect(await api.getContact(99_999_999)).toBeNull();
    expect(await api.searchContacts('нет-такого-контакта-xyz')).toEqual([]);
  });

  it('follows notes pages to the end: every call note of 100 heavy deals', async () => {
    const api = client();
    const dealIds = sandbox.store.leadIdsOfContact(DEMO_IDS.heavy).slice(0, 100);
    const notes = await api.getNotes('leads', dealIds);
    const expected = [...sandbox.store.notes.values()].filter(
      (n) => n.entity_type === 'leads' && dealIds.includes(n.entity_id) && n.note_type.startsWith('call_'),
    );
    expect(notes.length).toBe(expected.length);
    expect(notes.length).toBeGreaterThan(250); // more than one page
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });

  it('creates a client, links it to a deal, notes the move and takes the number off the foreman', async () => {
    const api = client();
    const foreman = (await api.getContact(DEMO_IDS.kuznetsov))!;
    const number = String(phonesOf(foreman).at(-1));
    const dealId = foreman._embedded.leads![0]!.id;

    const [created] = await api.createContacts([
      { name: 'Купчинская 4-3-22', custom_fields_values: [{ field_code: 'PHONE', values: [{ value: number, enum_code: 'MOB' }] }] },
    ]);
    await api.linkContactToLeads(created!.id, [dealId], { isMain: true });
    await api.addNotes('contacts', [{ entity_id: foreman.id, note_type: 'common', params: { text: `Номер ${number} перенесён` } }]);
    await api.replacePhones(foreman.id, { remove: (item) => item.value === number });

    expect(phonesOf(await api.getContact(created!.id))).toEqual([number]);
    expect(sandbox.store.contactsOfLead(dealId)).toContainEqual({ id: created!.id, isMain: true });
    const after = phonesOf(await api.getContact(foreman.id));
    expect(after).not.toContain(number);
    expect(after).toHaveLength(phonesOf(foreman).length - 1);
  });

  it("loads a foreman's full evidence under the 7 rps limit without a single 429", async () => {
    sandbox.faults.set({ rateLimit: true });
    const evidence = (await loadPartnerEvidence(client(), DEMO_IDS.kuznetsov))!;
    const dealIds = sandbox.store.leadIdsOfContact(DEMO_IDS.kuznetsov);
    expect(evidence.deals.map((d) => d.id).sort()).toEqual(dealIds);
    const calls = [...sandbox.store.notes.values()].filter(
      (n) =>
        n.note_type.startsWith('call_') &&
        ((n.entity_type === 'leads' && dealIds.includes(n.entity_id)) ||
          (n.entity_type === 'contacts' && n.entity_id === DEMO_IDS.kuznetsov)),
    );
    expect(evidence.calls).toHaveLength(calls.length);
    expect(evidence.dealContacts.length).toBeGreaterThan(0);
    expect(evidence.dealContacts.map((c) => c.id)).not.toContain(DEMO_IDS.kuznetsov);
    expect(evidence.clientBase.length).toBeGreaterThan(0);
    expect(evidence.contactFields.some((f) => f.code === 'PHONE')).toBe(true);
    expect(sandbox.stats.byStatus[429] ?? 0).toBe(0);
  });

  it('a client that overshoots the real limiter still gets every answer and is never blocked', async () => {
    sandbox.faults.set({ rateLimit: true });
    const greedy = client(createScheduler({ maxPerWindow: 50, maxInFlight: 3 }));
    const ids = sandbox.store.leadIdsOfContact(DEMO_IDS.heavy).slice(0, 14);
    const deals = await Promise.all(ids.map((id) => greedy.getLead(id)));
    expect(deals.map((d) => d?.id)).toEqual(ids);
    expect(sandbox.stats.byStatus[429] ?? 0).toBeGreaterThan(0);
    expect(sandbox.stats.byStatus[403] ?? 0).toBe(0);
  });
});
