// Undo puts back only what the move did: the text it cut from the partner's values returns
// (into the same value when that still reads as the move left it, else as a value of its own,
// and the undo says the card moved on); not at all when the number now lives on another contact.
// The number returns to the partner first (so it is never nowhere), then the deals we linked are
// unlinked and the number taken off the client contact. amoCRM's API cannot delete contacts, and
// a created client contact may already have been used, so it stays, with a note about the undo.
import { withPhoneListLock } from '../client/numberLock';
import { addAuditNote, findCreatedClient, holdersOf, type MoveApi } from './moveApi';
import { MoveCheckError } from './moveErrors';
import { holdsNumber, withCutsRestored, withoutNumber } from './phoneValues';
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
      await STEPS[step](api, state);
    } catch (error) {
      return { status: 'failed', step, error, state };
    }
    state.done.push(step);
    onProgress(step, 'done');
  }
  return { status: 'done', state };
}

const STEPS: Record<UndoStep, (api: MoveApi, undo: UndoState) => Promise<void>> = {
  'restore-partner': restorePartner,
  'unlink-deals': async (api, { move }) => {
    await findClient(api, move);
    const clientId = move.clientContactId;
    if (clientId === undefined) return;
    // Unlinking twice is harmless (amoCRM answers 204), so a retry simply repeats the list.
    if (move.linkedDealIds.length > 0) await api.unlinkContactFromLeads(clientId, move.linkedDealIds);
  },
  'release-client': async (api, { move }) => releaseClient(api, move),
  'note-undo': async (api, { move }) => {
    if (move.clientContactId !== undefined)
      await addAuditNote(api, move, 'undoClient', move.clientContactId, move.request.notes.undoClient);
    await addAuditNote(api, move, 'undoPartner', move.request.partnerId, move.request.notes.undoPartner);
  },
};

/** A create that was sent but whose answer was lost may have made the contact: find it by the move's tag. */
async function findClient(api: MoveApi, move: MoveState): Promise<void> {
  if (move.clientContactId !== undefined || !move.createSent) return;
  const created = await findCreatedClient(api, move);
  if (created) {
    move.clientContactId = created.id;
    move.clientCreatedByUs = true;
  }
}

/** Under the partner's list lock: the PATCH rewrites the list from this read (never called holding it). */
async function restorePartner(api: MoveApi, undo: UndoState): Promise<void> {
  await withPhoneListLock(undo.move.request.partnerId, () => putCutsBack(api, undo));
}

async function putCutsBack(api: MoveApi, undo: UndoState): Promise<void> {
  const { move } = undo;
  const { partnerId, phoneKey } = move.request;
  const fresh = await api.getContact(partnerId);
  if (!fresh) throw new MoveCheckError('partner-gone');
  // Back already (an earlier attempt, or another manager), or never removed (the move stopped before).
  if (holdsNumber(fresh, phoneKey) || move.cuts.length === 0) return;
  // Moved on since (to another contact than the one this move filled): left where it is now.
  await findClient(api, move);
  const elsewhere = (await holdersOf(api, partnerId, phoneKey)).filter((c) => c.id !== move.clientContactId);
  if (elsewhere.length > 0) {
    undo.leftOn = elsewhere.map((c) => c.id);
    return;
  }
  const { write, changedSince } = withCutsRestored(fresh, move.cuts);
  undo.changedSince = changedSince;
  await api.patchContact(partnerId, { custom_fields_values: [write] });
  const check = await api.getContact(partnerId);
  if (!check || !holdsNumber(check, phoneKey)) throw new MoveCheckError('number-not-saved');
}

async function releaseClient(api: MoveApi, move: MoveState): Promise<void> {
  await findClient(api, move);
  const clientId = move.clientContactId;
  if (!move.numberAddedToClient || clientId === undefined) return;
  await withPhoneListLock(clientId, () => takeOffClient(api, move, clientId));
}

async function takeOffClient(api: MoveApi, move: MoveState, clientId: number): Promise<void> {
  const client = await api.getContact(clientId);
  if (!client) return;
  const { write, cuts } = withoutNumber(client, move.request.phoneKey);
  if (cuts.length === 0) return;
  // Never the last copy: if neither the partner nor any other contact holds it, it stays here.
  const { partnerId, phoneKey } = move.request;
  const partner = await api.getContact(partnerId);
  const elsewhere =
    partner && holdsNumber(partner, phoneKey) ? [partner] : (await holdersOf(api, partnerId, phoneKey)).filter((c) => c.id !== client.id);
  if (elsewhere.length === 0) return;
  await api.patchContact(client.id, { custom_fields_values: [write] });
}
