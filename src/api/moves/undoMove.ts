// Undo puts the partner's card back as it was: the number returns to the partner first (so it
// is never nowhere), then the deals we linked are unlinked and the number taken off the client
// contact. amoCRM's API cannot delete contacts, and a created client contact may already have
// been used, so it is left in place without the number, with a note saying the move was undone.
import { addContactNote, type MoveApi } from './moveApi';
import { MoveCheckError } from './moveErrors';
import { holdsNumber, withValuesRestored, withoutNumber } from './phoneValues';
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
    if (move.linkedDealIds.length > 0) await api.unlinkContactFromLeads(clientId, move.linkedDealIds);
  },
  'release-client': releaseClient,
  'note-undo': async (api, move) => {
    if (move.clientContactId !== undefined) await addContactNote(api, move.clientContactId, move.request.notes.undoClient);
    await addContactNote(api, move.request.partnerId, move.request.notes.undoPartner);
  },
};

async function restorePartner(api: MoveApi, move: MoveState): Promise<void> {
  const { partnerId, phoneKey } = move.request;
  const fresh = await api.getContact(partnerId);
  if (!fresh) throw new MoveCheckError('partner-gone');
  // Back already (an earlier attempt, or another manager), or never removed (the move stopped before).
  if (holdsNumber(fresh, phoneKey) || move.removedValues.length === 0) return;
  await api.patchContact(partnerId, { custom_fields_values: [withValuesRestored(fresh, move.removedValues)] });
  const check = await api.getContact(partnerId);
  if (!check || !holdsNumber(check, phoneKey)) throw new MoveCheckError('number-not-saved');
}

async function releaseClient(api: MoveApi, move: MoveState): Promise<void> {
  if (!move.numberAddedToClient || move.clientContactId === undefined) return;
  const client = await api.getContact(move.clientContactId);
  if (!client) return;
  const { write, removed } = withoutNumber(client, move.request.phoneKey);
  if (removed.length === 0) return;
  await api.patchContact(client.id, { custom_fields_values: [write] });
}
