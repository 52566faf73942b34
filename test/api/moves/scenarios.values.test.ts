// Issue 11, scenarios 1, 2, 4 and 15: a value is text a person typed. Against the sandbox, which
// replaces the whole PHONE list on PATCH as amoCRM does. Each failed on the old code.
import { describe, expect, test } from 'vitest';
import { mergeDuplicate } from '../../../src/api/moves/mergeDuplicate';
import { startMove, startMoveAll, undoBatch, undoNumberMove } from '../../../src/api/moves/moveActions';
import { moveStore } from '../../../src/api/moves/moveStore';
import { moveWorld, problem } from './moveWorld';
import { requestFor } from './requests';

const P = 24100001;
const A = '+79211112233';
const B = '+79112223344';
afterEach(() => moveStore.clear());

describe('scenario 1: a merge touches only the chosen number', () => {
  test('merging 8921 keeps 8911, which shared a value with one copy', async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['8 921 111-22-33, 8 911 222-33-44', '+7 921 111 22 33 Иван'] }]);
    await mergeDuplicate(w.tab(), P, A);
    expect(w.phonesOf(P)).toEqual(['8 911 222-33-44', '+7 921 111 22 33 Иван']);
  });

  test('words beside a dropped copy join the kept value', async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['+7 921 111 22 33 доб. 5', 'Петр 8 921 111-22-33, 8 911 222-33-44'] }]);
    await mergeDuplicate(w.tab(), P, A);
    expect(w.phonesOf(P)).toEqual(['+7 921 111 22 33 доб. 5, Петр', '8 911 222-33-44']);
  });
});

describe('scenario 2: a move from a shared value keeps every other character', () => {
  test.each([
    ['a 7-digit fragment stays', '8 921 111-22-33, 555-12-34', '555-12-34', '8 921 111-22-33'],
    ['another number keeps its label', 'Иван: 8 921 111-22-33, Петр: 8 911 222-33-44', 'Петр: 8 911 222-33-44', 'Иван: 8 921 111-22-33'],
    ['a WhatsApp label goes with its number', '8 921 111-22-33 WhatsApp, 8 911 222-33-44', '8 911 222-33-44', '8 921 111-22-33 WhatsApp'],
  ])('%s', async (_name, value, left, moved) => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: [value] }]);
    const tab = w.tab();
    const entry = await startMove(tab, await requestFor(tab, P, A));
    expect(entry?.status).toBe('done');
    expect(w.phonesOf(P)).toEqual([left]);
    expect(w.phonesOf(entry!.move.clientContactId!)).toEqual([moved]);
  });

  test("the moved number's note goes onto the client and into the audit notes", async () => {
    const typed = '8 921 111-22-33 Марина, Купчинская 4-3-22 кв. домофон 22';
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: [typed, '8 911 222-33-44'] }]);
    const tab = w.tab();
    const entry = await startMove(tab, await requestFor(tab, P, A));
    const client = entry!.move.clientContactId!;
    expect(w.phonesOf(client)).toEqual([typed]);
    expect(w.phonesOf(P)).toEqual(['8 911 222-33-44']);
    expect(w.notesOf(client).join('\n')).toContain(`«${typed}»`);
    expect(w.notesOf(P).join('\n')).toContain(`«${typed}»`);
  });
});

describe('scenario 4: undo restores only what the move removed', () => {
  test('two numbers of one value moved one by one: undoing the first does not bring back the second', async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['8 921 111-22-33, 8 911 222-33-44'] }]);
    const tab = w.tab();
    const first = await startMove(tab, await requestFor(tab, P, A));
    const second = await startMove(tab, await requestFor(tab, P, B, { kind: 'new', name: 'Петров' }));
    const undone = await undoNumberMove(tab, P, first!.phoneKey);
    expect(undone?.status).toBe('undone');
    expect(w.phonesOf(P)).toEqual(['8 921 111-22-33']);
    expect(w.contactsHolding('9112223344')).toEqual([second!.move.clientContactId]);
    expect(undone?.undo?.changedSince).toBe(true);
  });

  test("another manager's edit of the remaining value survives the undo, which says the card moved on", async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['8 921 111-22-33, 8 911 222-33-44'] }]);
    const tab = w.tab();
    const moved = await startMove(tab, await requestFor(tab, P, A));
    const other = w.tab();
    await other.patchContact(P, { custom_fields_values: [{ field_code: 'PHONE', values: [{ value: '8 911 222-33-44 Петр прораб' }] }] });
    const undone = await undoNumberMove(tab, P, moved!.phoneKey);
    expect(w.phonesOf(P)).toEqual(['8 911 222-33-44 Петр прораб', '8 921 111-22-33']);
    expect(undone?.undo?.changedSince).toBe(true);
  });

  test('undoing in reverse order gives the partner back the value exactly as typed', async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['Иван: 8 921 111-22-33, Петр: 8 911 222-33-44'] }]);
    const tab = w.tab();
    const entries = await startMoveAll(tab, [await requestFor(tab, P, A), await requestFor(tab, P, B, { kind: 'new', name: 'Петров' })]);
    expect(w.phonesOf(P)).toEqual([]);
    await undoBatch(tab, P, entries[0]!.batchId!);
    expect(w.phonesOf(P)).toEqual(['Иван: 8 921 111-22-33, Петр: 8 911 222-33-44']);
  });

  test('undoBatch stops at the first undo that fails', async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['8 921 111-22-33', '8 911 222-33-44'] }]);
    const tab = w.tab();
    const entries = await startMoveAll(tab, [await requestFor(tab, P, A), await requestFor(tab, P, B, { kind: 'new', name: 'Петров' })]);
    let broken = false;
    const failing = w.tab((method, path) => {
      if (method === 'PATCH' && path.startsWith(`/api/v4/contacts/${P}`) && !broken) return ((broken = true), problem(500));
      return undefined;
    });
    const results = await undoBatch(failing, P, entries[0]!.batchId!);
    expect(results.map((e) => e.status)).toEqual(['undo-failed']);
    expect(moveStore.get(P, A)?.status).toBe('done');
    expect(failing.sent.filter((s) => s.startsWith('PATCH'))).toHaveLength(1);
  });
});
