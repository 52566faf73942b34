// The part of the amoCRM client a move uses. Naming it keeps the orchestration honest about
// what it touches, and lets it run outside React (a move outlives the panel that started it).
// Writes here can be retried after an unknown outcome (a 5xx amoCRM may have applied): each
// carries the move's id, and a retry looks for it before writing again.
import type { AmoClient } from '../client';
import type { Contact } from '../schemas';
import { holdsNumber, searchDigits } from './phoneValues';
import type { MoveState, NoteKind } from './types';

export type MoveApi = Pick<
  AmoClient,
  | 'getContact'
  | 'searchContacts'
  | 'createContacts'
  | 'patchContact'
  | 'linkContactToLeads'
  | 'unlinkContactFromLeads'
  | 'addNotes'
  | 'getNotes'
>;

/** A new move's id: short, unique enough within one account's history of moves. */
export function newMoveId(): string {
  const random = globalThis.crypto?.randomUUID?.().replace(/-/g, '') ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `pcc-${random.slice(0, 12)}`;
}

/** The tag a created client contact carries: how a retry recognises the contact its lost create made. */
export const moveTag = (state: MoveState): string => state.moveId;

/** The note as written: the manager's sentence, then the move's id to find it by. */
export const noteText = (state: MoveState, text: string): string => `${text} [${state.moveId}]`;

/** Writes one audit note once: after a sent attempt whose answer was lost, looks for it first. */
export async function addAuditNote(api: MoveApi, state: MoveState, kind: NoteKind, contactId: number, text: string): Promise<void> {
  const full = noteText(state, text);
  if (state.notesSent.includes(kind)) {
    const notes = await api.getNotes('contacts', [contactId], { types: ['common'], priority: 'interactive' });
    if (notes.some((n) => n.params.text === full)) return;
  } else {
    state.notesSent.push(kind);
  }
  await api.addNotes('contacts', [{ entity_id: contactId, note_type: 'common', params: { text: full } }]);
}

/** The contact this move created, found by its tag among the holders of the number. */
export async function findCreatedClient(api: MoveApi, state: MoveState): Promise<Contact | undefined> {
  const { request } = state;
  const found = await api.searchContacts(searchDigits(request.phoneKey));
  return found.find((c) => c.id !== request.partnerId && c._embedded.tags.some((t) => t.name === moveTag(state)));
}

/** Every contact but the partner holding the number now, by a fresh search. */
export async function holdersOf(api: MoveApi, partnerId: number, key: string): Promise<Contact[]> {
  const found = await api.searchContacts(searchDigits(key));
  return found.filter((c) => c.id !== partnerId && holdsNumber(c, key));
}
