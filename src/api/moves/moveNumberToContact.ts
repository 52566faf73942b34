// Moves one client number off a partner's card, safely: a fresh read proves the partner still
// holds the number (else nothing is written: «already moved»), the client contact is created
// (or chosen) with the number's text as typed, re-read to prove it holds the number, deals
// linked, notes left, and only then the number cut out of the partner's values, from a fresh
// read so another manager's edit survives. Every step is recorded in MoveState *before* its
// write is sent, so a retry resumes where it stopped and an undo takes back a write that was
// applied but answered 5xx; created contacts and notes carry the move's id, so a retry after
// a lost answer finds the first write instead of making a second one.
import type { Contact } from '../schemas';
import { withPhoneListLock } from '../client/numberLock';
import { addAuditNote, findCreatedClient, holdersOf, moveTag, newMoveId, type MoveApi } from './moveApi';
import { wordsBeside } from '../../domain/phones/valueText';
import { MoveCheckError } from './moveErrors';
import { newUndoState, undoMove } from './undoMove';
import { holdsNumber, numberKeysOf, numberTextOn, withNumberAdded, withoutNumber } from './phoneValues';
import { MOVE_STEPS, type MoveOutcome, type MoveRequest, type MoveState, type MoveStep, type ProgressListener } from './types';

export function newMoveState(request: MoveRequest, moveId: string = newMoveId()): MoveState {
  return {
    request,
    moveId,
    done: [],
    clientCreatedByUs: false,
    createSent: false,
    numberAddedToClient: false,
    linkedDealIds: [],
    cuts: [],
    notesSent: [],
    concurrentEdit: false,
  };
}

/** Runs every step not yet done. Never throws: a failure comes back with the step and the state to retry from. */
export async function moveNumberToContact(api: MoveApi, from: MoveState, onProgress: ProgressListener = () => {}): Promise<MoveOutcome> {
  const state: MoveState = structuredClone(from);
  for (const step of MOVE_STEPS) {
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

type StepRun = (api: MoveApi, state: MoveState) => Promise<void>;

const STEPS: Record<MoveStep, StepRun> = {
  'client-contact': putNumberOnClient,
  'confirm-client': confirmClientHoldsNumber,
  'link-deals': linkDeals,
  'note-client': async (api, s) => addAuditNote(api, s, 'client', clientId(s), withTypedText(s, s.request.notes.client)),
  'note-partner': async (api, s) => addAuditNote(api, s, 'partner', s.request.partnerId, withTypedText(s, s.request.notes.partner)),
  'remove-from-partner': removeFromPartner,
  'confirm-partner': confirmPartnerReleased,
};

/** The note plus the number's words as typed, when it had any: they are part of what moved. */
function withTypedText(state: MoveState, text: string): string {
  const { clientValue, request } = state;
  if (!clientValue || !request.notes.typedAs || !wordsBeside(clientValue, request.phoneKey)) return text;
  return `${text} ${request.notes.typedAs} «${clientValue}».`;
}

function clientId(state: MoveState): number {
  if (state.clientContactId === undefined) throw new MoveCheckError('client-gone');
  return state.clientContactId;
}

/** Before any write: the partner must still hold the number (a second tab or an old finding may be late). */
async function partnerStillHolds(api: MoveApi, state: MoveState): Promise<Contact> {
  const { partnerId, phoneKey } = state.request;
  const partner = await api.getContact(partnerId);
  if (!partner) throw new MoveCheckError('partner-gone');
  if (!holdsNumber(partner, phoneKey)) {
    const holders = (await holdersOf(api, partnerId, phoneKey)).filter((c) => c.id !== state.clientContactId);
    // An earlier attempt of this move may have written already (its answer lost): take that back.
    if (state.createSent || state.numberAddedToClient || state.linkedDealIds.length > 0) await abandon(api, state);
    throw new MoveCheckError(
      'already-moved',
      holders.map((c) => ({ id: c.id, name: c.name })),
    );
  }
  return partner;
}

/** Another move got there first: what this one wrote is taken back (the number stays where that move put it). */
async function abandon(api: MoveApi, state: MoveState): Promise<void> {
  state.cuts = [];
  const undone = await undoMove(api, newUndoState(state));
  state.notesSent = undone.state.move.notesSent;
  if (undone.status === 'failed') throw undone.error;
}

async function putNumberOnClient(api: MoveApi, state: MoveState): Promise<void> {
  const { target } = state.request;
  if (state.clientContactId === undefined && state.createSent) {
    // A create whose answer was lost (500, timeout) may still have happened: look before creating again.
    const earlier = await findCreatedClient(api, state);
    if (earlier) {
      state.clientContactId = earlier.id;
      state.clientCreatedByUs = true;
      return;
    }
  }
  const partner = await partnerStillHolds(api, state);
  state.clientValue = numberTextOn(partner, state.request.phoneKey) ?? state.request.phoneValue;
  if (target.kind === 'existing') {
    // Read and written under the client's list lock: another tab adding a number to the same
    // client at once would otherwise write its list back without ours.
    await withPhoneListLock(target.contactId, async () => {
      const contact = await api.getContact(target.contactId);
      if (!contact) throw new MoveCheckError('client-gone');
      state.clientContactId = contact.id;
      if (!holdsNumber(contact, state.request.phoneKey)) await addNumber(api, contact, state);
    });
    return;
  }
  if (state.clientContactId !== undefined) return;
  state.createSent = true;
  state.numberAddedToClient = true;
  const [created] = await api.createContacts([
    {
      name: target.name,
      custom_fields_values: [{ field_code: 'PHONE', values: [newPhoneValue(state)] }],
      tags_to_add: [{ name: moveTag(state) }],
      request_id: state.moveId,
    },
  ]);
  if (!created) throw new MoveCheckError('number-not-saved');
  state.clientContactId = created.id;
  state.clientCreatedByUs = true;
}

function newPhoneValue(state: MoveState): { value: string; enum_code?: string } {
  const { enumCode } = state.request;
  const value = state.clientValue ?? state.request.phoneValue;
  return enumCode ? { value, enum_code: enumCode } : { value };
}

async function addNumber(api: MoveApi, contact: Contact, state: MoveState): Promise<void> {
  state.numberAddedToClient = true;
  await api.patchContact(contact.id, { custom_fields_values: [withNumberAdded(contact, newPhoneValue(state))] });
}

async function confirmClientHoldsNumber(api: MoveApi, state: MoveState): Promise<void> {
  const id = clientId(state);
  await withPhoneListLock(id, async () => {
    let contact = await api.getContact(id);
    if (!contact) throw new MoveCheckError('client-gone');
    if (holdsNumber(contact, state.request.phoneKey)) return;
    // Saved but not there (someone edited it meanwhile): put it back once, then insist on seeing it.
    await addNumber(api, contact, state);
    contact = await api.getContact(id);
    if (!contact || !holdsNumber(contact, state.request.phoneKey)) throw new MoveCheckError('number-not-saved');
  });
}

async function linkDeals(api: MoveApi, state: MoveState): Promise<void> {
  const id = clientId(state);
  const client = await api.getContact(id);
  if (!client) throw new MoveCheckError('client-gone');
  // Deals the contact already had are left alone, and not recorded: undo must not unlink them.
  const had = new Set((client._embedded.leads ?? []).map((l) => l.id));
  const toLink = state.request.dealIds.filter((d) => !had.has(d));
  if (toLink.length === 0) return;
  // Recorded before sending: a link applied but answered 5xx is still unlinked by undo.
  state.linkedDealIds.push(...toLink.filter((d) => !state.linkedDealIds.includes(d)));
  await api.linkContactToLeads(id, toLink);
}

async function removeFromPartner(api: MoveApi, state: MoveState): Promise<void> {
  const { partnerId, phoneKey } = state.request;
  // The read and the PATCH under the partner's list lock; the abandon below runs after it is let
  // go (its undo takes the same lock, and locks are not re-entrant).
  const cut = await withPhoneListLock(partnerId, () => cutFromPartner(api, state));
  if (cut) return;
  // Gone already: our earlier attempt (its answer lost), a manager by hand, or another move (a
  // second tab, an old finding). Only the last leaves it on another contact too; then ours would
  // be a second copy: take back what this move wrote, and stop. (Recorded cuts prove nothing:
  // they are kept before sending, and that PATCH may never have been applied.)
  const elsewhere = (await holdersOf(api, partnerId, phoneKey)).filter((c) => c.id !== state.clientContactId);
  if (elsewhere.length === 0) return;
  await abandon(api, state);
  throw new MoveCheckError(
    'already-moved',
    elsewhere.map((c) => ({ id: c.id, name: c.name })),
  );
}

/** Cuts the number out of a fresh read of the partner's values; false when it was not there. */
async function cutFromPartner(api: MoveApi, state: MoveState): Promise<boolean> {
  const { partnerId, phoneKey, partnerSeen: seen } = state.request;
  const fresh = await api.getContact(partnerId);
  if (!fresh) throw new MoveCheckError('partner-gone');
  if (fresh.updated_at !== seen.updatedAt || !sameKeys(numberKeysOf(fresh), seen.numberKeys)) {
    state.concurrentEdit = true;
  }
  const { write, cuts } = withoutNumber(fresh, phoneKey);
  if (cuts.length === 0) return false;
  // Remember before sending: if the answer is lost, undo still knows what to put back.
  state.cuts = cuts;
  await api.patchContact(partnerId, { custom_fields_values: [write] });
  return true;
}

async function confirmPartnerReleased(api: MoveApi, state: MoveState): Promise<void> {
  const fresh = await api.getContact(state.request.partnerId);
  if (!fresh) throw new MoveCheckError('partner-gone');
  if (holdsNumber(fresh, state.request.phoneKey)) {
    // Someone wrote it back between our PATCH and this read: redo the removal on retry.
    state.done = state.done.filter((s) => s !== 'remove-from-partner');
    throw new MoveCheckError('number-still-on-partner');
  }
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
