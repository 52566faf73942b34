// Starting, retrying and undoing moves: the orchestration, serialized per partner card in this
// tab (runForPartner) and per number across tabs (withNumberLock), with every step reported to
// the move store. No React here; useMoveNumber wraps it.
//
// Each job first claims the entry in the move store (status running/undoing) and only then asks for
// the number's lock. Web Locks grant a lock asynchronously (a round trip to the browser, and as long
// as another tab holds the number); claimed first, the entry shows the click was taken at once
// instead of keeping «Повторить с шага» enabled for a click already queued. (Claiming inside the
// lock made the 20%-faults e2e click a retry button that vanished as the queued retry started.)
import { isAmoApiError } from '../client/errors';
import { withNumberLock } from '../client/numberLock';
import type { MoveApi } from './moveApi';
import { moveNumberToContact, newMoveState } from './moveNumberToContact';
import { runForPartner } from './moveQueue';
import { moveStore, type MoveEntry } from './moveStore';
import { MOVE_STEPS, type MoveOutcome, type MoveRequest, type UndoOutcome } from './types';
import { newUndoState, undoMove } from './undoMove';

export async function startMove(api: MoveApi, request: MoveRequest, batchId?: string): Promise<MoveEntry | undefined> {
  const { partnerId, phoneKey } = request;
  return runForPartner(partnerId, `move:${phoneKey}`, async () => {
    const existing = moveStore.get(partnerId, phoneKey);
    // A double click or a second "move all" must not start the same move twice.
    if (existing && existing.status !== 'undone') return existing;
    moveStore.put(partnerId, {
      phoneKey,
      status: 'running',
      step: MOVE_STEPS[0],
      move: newMoveState(request),
      ...(batchId ? { batchId } : {}),
    });
    return withNumberLock(partnerId, phoneKey, () => runMoveSteps(api, partnerId, phoneKey));
  });
}

/** Resumes a failed move from the step that failed, with what was already done (the created contact). */
export function retryMove(api: MoveApi, partnerId: number, phoneKey: string): Promise<MoveEntry | undefined> {
  return runForPartner(partnerId, `move:${phoneKey}`, async () => {
    const entry = moveStore.get(partnerId, phoneKey);
    if (!entry || entry.status !== 'failed') return entry;
    moveStore.update(partnerId, phoneKey, { status: 'running', error: undefined });
    return withNumberLock(partnerId, phoneKey, () => runMoveSteps(api, partnerId, phoneKey));
  });
}

async function runMoveSteps(api: MoveApi, partnerId: number, phoneKey: string): Promise<MoveEntry | undefined> {
  const entry = moveStore.get(partnerId, phoneKey);
  if (!entry) return undefined;
  const outcome: MoveOutcome = await moveNumberToContact(api, entry.move, (step, phase) => {
    if (phase === 'start') moveStore.update(partnerId, phoneKey, { step });
  });
  if (outcome.status === 'done') moveStore.update(partnerId, phoneKey, { status: 'done', move: outcome.state, step: undefined });
  else moveStore.update(partnerId, phoneKey, { status: 'failed', move: outcome.state, step: outcome.step, error: outcome.error });
  return moveStore.get(partnerId, phoneKey);
}

/** Puts the number back on the partner (also after a failed move that already removed nothing: then it only tidies up). */
export function undoNumberMove(api: MoveApi, partnerId: number, phoneKey: string): Promise<MoveEntry | undefined> {
  return runForPartner(partnerId, `undo:${phoneKey}`, async () => {
    const entry = moveStore.get(partnerId, phoneKey);
    if (!entry || (entry.status !== 'done' && entry.status !== 'undo-failed' && entry.status !== 'failed')) return entry;
    const from = entry.undo ?? newUndoState(entry.move);
    moveStore.update(partnerId, phoneKey, { status: 'undoing', error: undefined });
    return withNumberLock(partnerId, phoneKey, async () => {
      const outcome: UndoOutcome = await undoMove(api, from, (step, phase) => {
        if (phase === 'start') moveStore.update(partnerId, phoneKey, { step });
      });
      if (outcome.status === 'done') moveStore.update(partnerId, phoneKey, { status: 'undone', undo: outcome.state, step: undefined });
      else moveStore.update(partnerId, phoneKey, { status: 'undo-failed', undo: outcome.state, step: outcome.step, error: outcome.error });
      return moveStore.get(partnerId, phoneKey);
    });
  });
}

/**
 * A failure after which every further request would fail the same way or make things worse:
 * amoCRM blocked the account (403), the rate limit was not lifted after retries, the session ended.
 */
export function stopsTheRun(error: unknown): boolean {
  return isAmoApiError(error) && (error.kind === 'forbidden' || error.kind === 'rate-limited' || error.kind === 'session-lost');
}

/** The entry whose failure stopped a run, if one did. */
export const stoppedBy = (entries: readonly MoveEntry[]): MoveEntry | undefined =>
  entries.find((e) => (e.status === 'failed' || e.status === 'undo-failed') && stopsTheRun(e.error));

let batchCounter = 0;

/** Every confident client number, one after another; one batch id so one undo takes them all back. Stops at a 403 or a given-up 429. */
export async function startMoveAll(api: MoveApi, requests: MoveRequest[]): Promise<MoveEntry[]> {
  batchCounter += 1;
  const batchId = `batch-${Date.now()}-${batchCounter}`;
  const results: MoveEntry[] = [];
  for (const request of requests) {
    const entry = await startMove(api, request, batchId);
    if (entry) results.push(entry);
    if (entry?.status === 'failed' && stopsTheRun(entry.error)) break;
  }
  return results;
}

/** Takes a batch back, last moved first; stops at the first undo that fails (the rest stay moved, undoable later). */
export async function undoBatch(api: MoveApi, partnerId: number, batchId: string): Promise<MoveEntry[]> {
  const inBatch = Object.values(moveStore.entries(partnerId)).filter((e) => e.batchId === batchId);
  const results: MoveEntry[] = [];
  // Last moved, first restored: each restore reads the card as the previous one left it.
  for (const entry of inBatch.reverse()) {
    const after = await undoNumberMove(api, partnerId, entry.phoneKey);
    if (after) results.push(after);
    if (after?.status === 'undo-failed') break;
  }
  return results;
}
