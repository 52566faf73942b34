import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAmoClient, createScheduler } from '../../src/api/client';
import { clientNumbers, isBulkReady } from '../../src/queue/scan/cardFinding';
import { createQueueStore, type QueueState } from '../../src/queue/scan/queueStore';
import { canResume, runScan, scanCounts, startScan } from '../../src/queue/scan/runScan';
import { createScanSource } from '../../src/queue/scan/scanSource';
import { engineEvaluator } from '../../src/queue/scan/engineEvaluator';
import { amoHandlers, BASE, editContact, makeTestAccount, type TestAccount } from './testAccount';
import { memoryStorage } from './memoryStorage';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup(account: TestAccount) {
  server.use(...amoHandlers(account));
  // A fast scheduler: these tests are about what is read, not how fast.
  const client = createAmoClient({ baseUrl: BASE, scheduler: createScheduler({ maxPerWindow: 1000, maxInFlight: 8 }) });
  const store = createQueueStore(memoryStorage(), 'test');
  const options = { source: createScanSource(client), store, evaluate: engineEvaluator({}), maxBatchCards: 100 };
  return { store, options };
}

describe('the account-wide scan', () => {
  it('finds every partner card across contact pages and reports the client numbers on each', async () => {
    const account = makeTestAccount(130); // 260 contacts: two contact pages
    const { options } = setup(account);
    const state = await runScan(options, startScan(null, 0));
    expect(state.status).toBe('done');
    expect(scanCounts(state)).toEqual({ checked: 130, total: 130, listing: false });
    const first = state.cards['1000'];
    expect(first && clientNumbers(first).map((n) => n.display)).toEqual(['+7 911 600-00-02']);
    expect(first && clientNumbers(first)[0]?.dealIds).toEqual([5000]);
    expect(first?.missingFields).toEqual(['fullName', 'birthday', 'email']);
    // Batched reads: 2 contact pages, and per batch one deals request instead of one per deal.
    const dealReads = account.requests.filter((r) => r.startsWith('GET /api/v4/leads?'));
    expect(dealReads.length).toBeLessThanOrEqual(4);
    expect(account.requests.filter((r) => /^GET \/api\/v4\/contacts\?with=leads&limit=250/.test(r))).toHaveLength(2);
  });

  it('pauses on a lost session and resumes from the last finished batch without reading it again', async () => {
    const account = makeTestAccount(130);
    const { store, options } = setup(account);
    let afterFirstBatch: QueueState | undefined;
    const paused = await runScan(
      {
        ...options,
        maxBatchCards: 50,
        onUpdate: (s) => {
          if (s.status === 'checking' && s.pending.length === 80 && !afterFirstBatch) {
            afterFirstBatch = s;
            account.sessionLost = true;
          }
        },
      },
      startScan(null, 0),
    );
    expect(paused.status).toBe('paused-session');
    expect(scanCounts(paused).checked).toBe(50);

    // The manager logs in again and clicks resume: the stored state is all the scan needs.
    account.sessionLost = false;
    account.requests = [];
    const stored = store.load();
    expect(canResume(stored)).toBe(true);
    const resumed = await runScan(options, stored as QueueState);
    expect(resumed.status).toBe('done');
    expect(Object.keys(resumed.cards)).toHaveLength(130);
    // The first batch's 50 partners are not fetched again; the other 80 are (by id, after the "reload").
    const reread = account.requests.filter((r) => r.startsWith('GET /api/v4/contacts?filter')).join('&');
    expect(reread).not.toContain('filter[id][]=1000&');
    expect(reread).toContain('filter[id][]=1050');
  });

  it('reuses a stored finding while the card is unchanged and re-checks a card whose updated_at moved', async () => {
    const account = makeTestAccount(3);
    const { options } = setup(account);
    const first = await runScan(options, startScan(null, 0));
    expect(clientNumbers(first.cards['1001'] as never)).toHaveLength(1);

    // A manager cleaned card 1001 by hand: the client's number is gone, updated_at moved.
    editContact(account, 1001, ['+7 921 101-00-01']);
    account.requests = [];
    const second = await runScan(options, startScan(first, 1));
    expect(clientNumbers(second.cards['1001'] as never)).toHaveLength(0);
    expect(clientNumbers(second.cards['1000'] as never)).toHaveLength(1);
    // Only the changed card's deals were read again.
    const dealReads = account.requests.filter((r) => r.startsWith('GET /api/v4/leads?'));
    expect(dealReads).toHaveLength(1);
    expect(dealReads[0]).toContain('filter[id][]=5003');
    expect(dealReads[0]).not.toContain('filter[id][]=5000');
    expect(second.history).toHaveLength(2);
  });

  it('stops when cancelled and keeps what it had found', async () => {
    const account = makeTestAccount(130);
    const { options } = setup(account);
    const controller = new AbortController();
    const state = await runScan(
      { ...options, maxBatchCards: 50, signal: controller.signal, onUpdate: (s) => s.pending.length === 80 && controller.abort() },
      startScan(null, 0),
    );
    expect(state.status).toBe('cancelled');
    expect(Object.keys(state.cards)).toHaveLength(50);
  });

  it('tells the engine about a number another foreman holds too, so it is never moved in bulk', async () => {
    const account = makeTestAccount(3);
    // A client of two foremen (1 and 3): his number is on both cards and on his own contact in one
    // deal of each. Alone, each card would confidently move it; seen together, a person must decide.
    for (const id of [1000, 1002]) {
      const phones = account.contacts.find((c) => c.id === id)?.custom_fields_values.find((f) => f.field_code === 'PHONE');
      phones?.values.push({ value: '+7 911 777-77-77', enum_code: 'MOB' });
    }
    const shared = structuredClone(account.contacts.find((c) => c.id === 2000));
    if (!shared) throw new Error('no client contact to copy');
    account.contacts.push({
      ...shared,
      id: 3000,
      name: 'Общий клиент',
      custom_fields_values: shared.custom_fields_values.map((f) =>
        f.field_code === 'PHONE' ? { ...f, values: [{ value: '+7 911 777-77-77' }] } : f,
      ),
    });
    for (const deal of [5001, 5007]) {
      account.leads.find((l) => l.id === deal)?._embedded.contacts?.unshift({ id: 3000, is_main: true });
      for (const n of [1, 2])
        account.notes.push({
          id: deal * 100 + n,
          entity_id: deal,
          created_at: 1_759_000_000 + n,
          note_type: 'call_in',
          params: { phone: '89117777777', duration: 60, call_status: 4 },
        });
    }
    const { options } = setup(account);
    const state = await runScan(options, startScan(null, 0));
    for (const id of ['1000', '1002']) {
      const card = state.cards[id];
      const number = card?.numbers.find((n) => n.phoneKey === '+79117777777');
      expect(number?.confidence).toBe('low');
      expect(card && isBulkReady(card)).toBe(false);
    }
    expect(state.numberHolders).toEqual({ '+79117777777': [1000, 1002] });
  });
});
