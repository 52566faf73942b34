// The few amoCRM operations a move needs. amoMoveApi() fills it from the shared API client;
// keeping the orchestration behind this seam lets it run outside React (a move outlives the panel).
import type { Contact, ContactPatch, ContactWrite } from '../schemas';

export interface MoveApi {
  /** null when the contact does not exist (amoCRM answers 204). */
  getContact(id: number): Promise<Contact | null>;
  /** Full-text search by digits; callers re-check PHONE values themselves. */
  findContactsByPhone(digits: string): Promise<Contact[]>;
  /** Returns the new contact's id. */
  createContact(contact: ContactWrite): Promise<number>;
  patchContact(patch: ContactPatch): Promise<void>;
  linkContactToDeal(dealId: number, contactId: number): Promise<void>;
  unlinkContactFromDeal(dealId: number, contactId: number): Promise<void>;
  addContactNote(contactId: number, text: string): Promise<void>;
}
