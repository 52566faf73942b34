// Issue 11, scenarios 3, 5, 6, 7 and 8: check before writing, undo what was written even when its
// answer was lost, retries that find their first write, and runs that stop at a 403 or a given-up
// 429. Against the sandbox (in process); each failed on the old code.
import { describe, expect, test } from 'vitest';
import { isAmoApiError } from '../../../src/api/client';
import { isMoveCheckError } from '../../../src/api/moves/moveErrors';
import { retryMove, startMove, startMoveAll, undoNumberMove } from '../../../src/api/moves/moveActions';
import { moveNumberToContact, newMoveState } from '../../../src/api/moves/moveNumberToContact';
import { moveStore } from '../../../src/api/moves/moveStore';
import { runBulkMove, type MoveTexts } from '../../../src/queue/bulk/bulkMove';
import type { CardFinding } from '../../../src/queue/scan/cardFinding';
import { appliedThen500, moveWorld, problem, type Breaker } from './moveWorld';
import { requestFor, WORDS } from './requests';

const P = 24100001;
const C = 24100002;
const DEAL = 31900001;
const A = '+79211112233';
afterEach(() => moveStore.clear());

const TEXTS: MoveTexts = { ...WORDS, notes: (card, vars) => WORDS.notes({ ...vars, partner: card.name }) };
const finding = (contactId: number, phoneKey: string, updatedAt = 1_760_000_000): CardFinding => ({
  contactId,
  name: `Прораб ${contactId}`,
  updatedAt,
  checkedAt: updatedAt,
  numbers: [
    { phoneKey, display: '+7 812 555-12-34', owner: 'client', confidence: 'high', enumCode: 'WORK', dealIds: [], targetName: 'Соколова' },
  ],
  missingFields: [],
});
/** Breaks the first matching request only. */
const once = (
  method: string,
  path: RegExp,
  answer: Parameters<Breaker>[2] extends infer P ? (pass: P) => Response | Promise<Response> : never,
): Breaker => {
  let used = false;
  return (m, p, pass) => (!used && m === method && path.test(p) ? ((used = true), answer(pass)) : undefined);
};

describe('scenario 3: a stale view or a second tab does not create a second client', () => {
  test('tab 2 moving a number tab 1 already moved stops with «already moved», naming where it is, and writes nothing', async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['8 921 111-22-33', '8 911 222-33-44'] }]);
    const tab1 = w.tab();
    const tab2 = w.tab();
    const stale = await requestFor(tab2, P, A);
    const first = await startMove(tab1, await requestFor(tab1, P, A));
    const outcome = await moveNumberToContact(tab2, newMoveState(stale));
    expect(outcome.status).toBe('failed');
    const error = outcome.status === 'failed' ? outcome.error : undefined;
    expect(isMoveCheckError(error) && error.problem).toBe('already-moved');
    expect(isMoveCheckError(error) && error.holders.map((h) => h.id)).toEqual([first!.move.clientContactId]);
    expect(tab2.sent.filter((s) => !s.startsWith('GET'))).toEqual([]);
    expect(w.contactsHolding('9211112233')).toEqual([first!.move.clientContactId]);
  });

  test("the queue's days-old finding for a number that left the card writes nothing", async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['8 921 111-22-33'] }]);
    const tab = w.tab();
    const [card] = await runBulkMove(tab, [finding(P, '+78125551234;ext=12')], TEXTS);
    expect(card!.entries.map((e) => [e.status, isMoveCheckError(e.error) && e.error.problem])).toEqual([['failed', 'already-moved']]);
    expect(tab.sent.filter((s) => !s.startsWith('GET'))).toEqual([]);
  });
});

describe('scenario 5: a bulk move of a number with an extension', () => {
  test('keeps «доб.», confirms, and a retry after a lost create answer adds no second copy', async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['+7 812 555-12-34 доб. 12', '8 921 111-22-33'] }]);
    const tab = w.tab(once('POST', /^\/api\/v4\/contacts$/, appliedThen500));
    const [card] = await runBulkMove(tab, [finding(P, '+78125551234;ext=12')], TEXTS);
    expect(card!.entries[0]?.status).toBe('failed');
    const retried = await retryMove(tab, P, '+78125551234;ext=12');
    expect(retried?.status).toBe('done');
    expect(await retryMove(tab, P, '+78125551234;ext=12')).toMatchObject({ status: 'done' });
    const holders = w.contactsHolding('8125551234');
    expect(holders).toEqual([retried!.move.clientContactId]);
    expect(w.phonesOf(holders[0]!)).toEqual(['+7 812 555-12-34 доб. 12']);
    expect(w.phonesOf(P)).toEqual(['8 921 111-22-33']);
  });
});

describe('scenario 6: a write amoCRM applied but answered 5xx is undone', () => {
  test('the number added to an existing client (answer lost) comes off it on undo', async () => {
    const w = await moveWorld([
      { id: P, name: 'Кузнецов', phones: ['8 921 111-22-33'] },
      { id: C, name: 'Соколова', phones: ['8 999 000-11-22'] },
    ]);
    const tab = w.tab(once('PATCH', new RegExp(`/contacts/${C}$`), appliedThen500));
    const failed = await startMove(tab, await requestFor(tab, P, A, { kind: 'existing', contactId: C }));
    expect(failed?.status).toBe('failed');
    expect(w.phonesOf(C)).toEqual(['8 999 000-11-22', '8 921 111-22-33']);
    expect((await undoNumberMove(tab, P, A))?.status).toBe('undone');
    expect(w.phonesOf(C)).toEqual(['8 999 000-11-22']);
    expect(w.contactsHolding('9211112233')).toEqual([P]);
  });

  test('a deal linked (answer lost) is unlinked on undo', async () => {
    const w = await moveWorld(
      [
        { id: P, name: 'Кузнецов', phones: ['8 921 111-22-33'] },
        { id: C, name: 'Соколова', phones: [] },
      ],
      [DEAL],
    );
    const tab = w.tab(once('POST', /^\/api\/v4\/leads\/link$/, appliedThen500));
    const failed = await startMove(tab, await requestFor(tab, P, A, { kind: 'existing', contactId: C }, [DEAL]));
    expect(failed?.status).toBe('failed');
    expect(w.sb.store.leadIdsOfContact(C)).toEqual([DEAL]);
    await undoNumberMove(tab, P, A);
    expect(w.sb.store.leadIdsOfContact(C)).toEqual([]);
    expect(w.contactsHolding('9211112233')).toEqual([P]);
  });
});

describe('scenario 7: an audit note saved but answered 5xx is not written twice', () => {
  test('the manual retry finds the note and goes on', async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['8 921 111-22-33'] }]);
    const tab = w.tab(once('POST', /\/contacts\/notes$/, appliedThen500));
    const failed = await startMove(tab, await requestFor(tab, P, A));
    expect(failed).toMatchObject({ status: 'failed', step: 'note-client' });
    const done = await retryMove(tab, P, A);
    expect(done?.status).toBe('done');
    const client = done!.move.clientContactId!;
    expect(w.notesOf(client).filter((t) => t.includes('перенесён с карточки'))).toHaveLength(1);
  });
});

describe('scenario 8: runs stop at a 403 or a 429 the transport gave up on', () => {
  const cards = [P, P + 10, P + 20, P + 30, P + 40];
  const world = () => moveWorld(cards.map((id) => ({ id, name: `Прораб ${id}`, phones: ['+7 812 555-12-34 доб. 12'] })));
  /** From the second request on, every answer is `status`. */
  const after = (first: number, status: number): Breaker => {
    let n = 0;
    return () => ((n += 1), n > first ? problem(status) : undefined);
  };

  test.each([
    [403, 'forbidden', 1],
    [429, 'rate-limited', 3],
  ])('bulk move on 5 cards: after %i nothing more is sent', async (status, kind, attempts) => {
    const w = await world();
    const tab = w.tab(after(1, status));
    const error = await runBulkMove(
      tab,
      cards.map((id) => finding(id, '+78125551234;ext=12')),
      TEXTS,
    ).catch((e: unknown) => e);
    expect(isAmoApiError(error) && error.kind).toBe(kind);
    // The first request, then the refused one (and its own retries for a 429), and nothing after.
    expect(tab.sent).toHaveLength(1 + attempts);
  });

  test('«move all client numbers» on one card stops at a 403', async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['8 921 111-22-33', '8 911 222-33-44', '8 931 555-66-77'] }]);
    const setup = w.tab();
    const requests = [
      await requestFor(setup, P, A),
      await requestFor(setup, P, '+79112223344'),
      await requestFor(setup, P, '+79315556677'),
    ];
    const tab = w.tab(after(1, 403));
    const entries = await startMoveAll(tab, requests);
    expect(entries.map((e) => e.status)).toEqual(['failed']);
    expect(tab.sent).toHaveLength(2);
  });
});
