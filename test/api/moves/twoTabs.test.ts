// Issue 11, scenario 12: two tabs of one manager move numbers of one card at the same moment.
// Each "tab" is its own copy of the move modules (its own move store and per-card queue, as two
// pages have) and its own API client, against one in-process sandbox account. The lock path is
// the product's own: Web Locks when `navigator.locks` exists (here a small in-test LockManager
// that, like a browser, grants a lock a task later and shares it across tabs), else the in-page
// fallback. Each test failed before the moves held their locks.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { numberLockName } from '../../../src/api/client/numberLock';
import type * as ActionsModule from '../../../src/api/moves/moveActions';
import type * as StoreModule from '../../../src/api/moves/moveStore';
import { moveWorld, problem, type Breaker, type MoveWorld, type tabClient } from './moveWorld';
import { requestFor, WORDS } from './requests';

const P = 24100001;
const A = '+79211112233';
const B = '+79112223344';
const REST = '8 (812) 555-12-34 офис';

type Actions = typeof ActionsModule;
type Store = typeof StoreModule;
type Tab = Actions & Store & { api: ReturnType<typeof tabClient> };

/** One browser tab: fresh copies of the move and client modules, as a second page loads them, on the same account. */
async function openTab(w: MoveWorld, breaker?: Breaker): Promise<Tab> {
  vi.resetModules();
  const actions = await import('../../../src/api/moves/moveActions');
  const store = await import('../../../src/api/moves/moveStore');
  const world = await import('./moveWorld');
  return { ...actions, ...store, api: world.tabClient(w.sb, breaker) };
}

/** Web Locks as a browser has them for this test: exclusive, first come first served, granted a task later. */
function installWebLocks(): void {
  const tails = new Map<string, Promise<unknown>>();
  const locks = {
    request<T>(name: string, _options: unknown, callback: (lock: { name: string }) => Promise<T>): Promise<T> {
      const before = tails.get(name) ?? Promise.resolve();
      const granted = before.then(() => new Promise<void>((r) => setTimeout(r, 0)));
      const run = granted.then(() => callback({ name }));
      tails.set(
        name,
        run.then(
          () => undefined,
          () => undefined,
        ),
      );
      return run;
    },
  };
  vi.stubGlobal('navigator', { locks });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const CARD = { id: P, name: 'Кузнецов', phones: ['8 921 111-22-33', `+7 911 222-33-44, ${REST}`] };
const writes = (sent: string[]) => sent.filter((s) => !s.startsWith('GET'));
const newContacts = (w: MoveWorld) => [...w.sb.store.contacts.keys()].filter((id) => id !== P);
const problemOf = (error: unknown) => (error as { problem?: string } | undefined)?.problem;

async function sameNumberFromTwoTabs() {
  const w = await moveWorld([CARD]);
  const [tab1, tab2] = [await openTab(w), await openTab(w)];
  const [api1, api2] = [tab1.api, tab2.api];
  // Both managers' panels were built from the same read: both offer the move.
  const [r1, r2] = [await requestFor(api1, P, A), await requestFor(api2, P, A)];
  const [e1, e2] = await Promise.all([tab1.startMove(api1, r1), tab2.startMove(api2, r2)]);
  return { w, entries: [e1, e2], sent: [api1.sent, api2.sent] };
}

function expectOneMove({ w, entries, sent }: Awaited<ReturnType<typeof sameNumberFromTwoTabs>>): void {
  const done = entries.filter((e) => e?.status === 'done');
  const stopped = entries.filter((e) => e?.status === 'failed');
  expect(done).toHaveLength(1);
  expect(stopped).toHaveLength(1);
  expect(problemOf(stopped[0]?.error)).toBe('already-moved');
  const client = done[0]!.move.clientContactId!;
  // One client contact, holding the number once; the partner no longer has it; nothing else lost.
  expect(newContacts(w)).toEqual([client]);
  expect(w.contactsHolding('9211112233')).toEqual([client]);
  expect(w.phonesOf(P)).toEqual([`+7 911 222-33-44, ${REST}`]);
  // The tab that waited saw the number gone on its first read, and wrote nothing at all.
  const loser = entries.indexOf(stopped[0]);
  expect(writes(sent[loser]!)).toEqual([]);
}

describe('scenario 12: two tabs, one number', () => {
  test('with Web Locks: the second tab waits, finds the number moved and stops with «already moved»; one client contact', async () => {
    installWebLocks();
    expectOneMove(await sameNumberFromTwoTabs());
  });

  test('without Web Locks (old browser): two copies of the move code in one page still take turns', async () => {
    vi.stubGlobal('navigator', undefined);
    expectOneMove(await sameNumberFromTwoTabs());
  });
});

describe('scenario 12: the queue page and the panel at once', () => {
  test('a bulk move and the panel move the same number: one client contact, the other stops with «already moved»', async () => {
    installWebLocks();
    const w = await moveWorld([CARD]);
    const panel = await openTab(w);
    // The queue page: its own copy of the bulk move and the move code under it.
    vi.resetModules();
    const { runBulkMove } = await import('../../../src/queue/bulk/bulkMove');
    const queueApi = (await import('./moveWorld')).tabClient(w.sb);
    const texts = { ...WORDS, notes: (_card: unknown, vars: Parameters<typeof WORDS.notes>[0]) => WORDS.notes(vars) };
    const card = {
      contactId: P,
      name: CARD.name,
      updatedAt: w.sb.store.contacts.get(P)!.updated_at,
      checkedAt: 0,
      numbers: [
        {
          phoneKey: A,
          display: '+7 921 111-22-33',
          owner: 'client' as const,
          confidence: 'high' as const,
          enumCode: 'WORK',
          dealIds: [],
          targetName: 'Соколова',
        },
      ],
      missingFields: [],
    };
    const request = await requestFor(panel.api, P, A);
    const [bulk, moved] = await Promise.all([runBulkMove(queueApi, [card], texts), panel.startMove(panel.api, request)]);
    const entries = [bulk[0]!.entries[0], moved];
    expect(entries.map((e) => e?.status).sort()).toEqual(['done', 'failed']);
    expect(problemOf(entries.find((e) => e?.status === 'failed')?.error)).toBe('already-moved');
    expect(newContacts(w)).toHaveLength(1);
    expect(w.contactsHolding('9211112233')).toEqual(newContacts(w));
  });
});

describe('scenario 12: two tabs, two numbers of one card', () => {
  test('both moves finish; neither PATCH of the phone list puts back the number the other cut', async () => {
    installWebLocks();
    const w = await moveWorld([CARD]);
    const [tab1, tab2] = [await openTab(w), await openTab(w)];
    const [api1, api2] = [tab1.api, tab2.api];
    const [r1, r2] = [await requestFor(api1, P, A), await requestFor(api2, P, B)];
    const [e1, e2] = await Promise.all([tab1.startMove(api1, r1), tab2.startMove(api2, r2)]);
    expect([e1?.status, e2?.status]).toEqual(['done', 'done']);
    expect(w.contactsHolding('9211112233')).toEqual([e1!.move.clientContactId]);
    expect(w.contactsHolding('9112223344')).toEqual([e2!.move.clientContactId]);
    // The words and the other number typed in the same value stay on the partner.
    expect(w.phonesOf(P)).toEqual([REST]);
  });
});

describe('a click is answered while the other tab holds the number', () => {
  test('«retry» shows the move running at once, before the lock is granted, and finishes when it is let go', async () => {
    installWebLocks();
    let failCreate = true;
    const breaker: Breaker = (method, path) =>
      method === 'POST' && path === '/api/v4/contacts' && failCreate ? ((failCreate = false), problem(503)) : undefined;
    const w = await moveWorld([CARD]);
    const tab = await openTab(w, breaker);
    const { api } = tab;
    const failed = await tab.startMove(api, await requestFor(api, P, A));
    expect(failed?.status).toBe('failed');

    // Another tab holds the number (its move of it is running).
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const other = (
      globalThis.navigator as unknown as { locks: { request(n: string, o: unknown, cb: () => Promise<void>): Promise<void> } }
    ).locks.request(numberLockName(P, A), {}, () => held);
    const retried = tab.retryMove(api, P, A);
    await new Promise((r) => setTimeout(r, 20));
    // The retry button goes away at once: the entry is running, waiting for the number.
    expect(tab.moveStore.get(P, A)?.status).toBe('running');
    expect(writes(api.sent)).toEqual(['POST /api/v4/contacts']);
    release();
    await other;
    expect((await retried)?.status).toBe('done');
    expect(w.contactsHolding('9211112233')).toHaveLength(1);
  });
});
