// Undo puts the partner's card back as it was: the number returns to the partner first (so it
// is never nowhere), then the deals we linked are unlinked and the number taken off the client
// contact. amoCRM's API cannot delete contacts, and a created client contact may already have
// been used, so it is left in place without the number, with a note saying the move was undone.
import type { MoveApi } from './moveApi';
import { MoveCheckError } from './moveErrors';
import { holdsNumber, phoneFieldWrite, phoneValuesOf, withoutNumber } from './phoneValues';
import { UNDO_STEPS, type MoveState, type ProgressListener, type UndoOutcome, type UndoState, type UndoStep } from './types';

export function newUndoState(move: MoveState): UndoState {
  return { move, done: [] };
}

export async function undoMove(api: MoveApi, from: UndoState, onProgress: ProgressListener = () => {}): Promise<UndoOutcome> {
  const state: UndoState = structuredClone(from);
  for (const step of UNDO_STEPS) {
    if (state.done.includes(step)) continue;
    onProgress(step, 'start');
    try {
      await STEPS[step](api, state.move);
    } catch (error) {
      return { status: 'failed', step, error, state };
    }
    state.done.push(step);
    onProgress(step, 'done');
  }
  return { status: 'done', state };
}

const STEPS: Record<UndoStep, (api: MoveApi, move: MoveState) => Promise<void>> = {
  'restore-partner': restorePartner,
  'unlink-deals': async (api, move) => {
    const clientId = move.clientContactId;
    if (clientId === undefined) return;
    // Unlinking twice is harmless (amoCRM answers 204), so a retry simply repeats the list.
    for (const dealId of move.linkedDealIds) await api.unlinkContactFromDeal(dealId, clientId);
  },
  'release-client': releaseClient,
  'note-undo': async (api, move) => {
    if (move.clientContactId !== undefined) await api.addContactNote(move.clientContactId, move.request.notes.undoClient);
    await api.addContactNote(move.request.partnerId, move.request.notes.undoPartner);
  },
};

async function restorePartner(api: MoveApi, move: MoveState): Promise<void> {
  const { partnerId, phoneKey } = move.request;
  const fresh = await api.getContact(partnerId);
  if (!fresh) throw new MoveCheckError('partner-gone');
  if (holdsNumber(fresh, phoneKey)) return; // back already (an earlier attempt, or another manager)
  const values = phoneValuesOf(fresh);
  for (const removed of move.removedValues) {
    const { replacement, ...original } = removed;
    const at = replacement === undefined ? -1 : values.findIndex((v) => v.value === replacement);
    if (at >= 0) values[at] = original;
    else values.push(original);
  }
  await api.patchContact({ id: partnerId, custom_fields_values: [phoneFieldWrite(fresh, values)] });
  const check = await api.getContact(partnerId);
  if (!check || !holdsNumber(check, phoneKey)) throw new MoveCheckError('number-not-saved');
}

async function releaseClient(api: MoveApi, move: MoveState): Promise<void> {
  if (!move.numberAddedToClient || move.clientContactId === undefined) return;
  const client = await api.getContact(move.clientContactId);
  if (!client) return;
  const { remaining, removed } = withoutNumber(client, move.request.phoneKey);
  if (removed.length === 0) return;
  await api.patchContact({ id: client.id, custom_fields_values: [phoneFieldWrite(client, remaining)] });
}
