// The part of the amoCRM client a move uses. Naming it keeps the orchestration honest about
// what it touches, and lets it run outside React (a move outlives the panel that started it).
import type { AmoClient } from '../client';

export type MoveApi = Pick<
  AmoClient,
  'getContact' | 'searchContacts' | 'createContacts' | 'patchContact' | 'linkContactToLeads' | 'unlinkContactFromLeads' | 'addNotes'
>;

export async function addContactNote(api: MoveApi, contactId: number, text: string): Promise<void> {
  await api.addNotes('contacts', [{ entity_id: contactId, note_type: 'common', params: { text } }]);
}
