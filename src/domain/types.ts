// The engine's vocabulary, shared by the domain rules and the panel. Plain data only:
// reasons are codes with parameters that the UI translates, never sentences built here.
import type { ClientBaseRecord, ContactRecord, DealRecord, FieldDefinition, NoteRecord } from './records';

export type PhoneOwner = 'partner' | 'client' | 'unknown';
export type Confidence = 'high' | 'medium' | 'low';

/** One number found inside a free-text phone value. */
export interface ParsedPhone {
  /** E.164, e.g. +79211234567. */
  e164: string;
  /** Extension (`доб. 12`), if any. */
  ext?: string;
  /** Human form in the national style, e.g. `+7 921 123-45-67`. */
  display: string;
  /** Words typed beside the number (`Ирина`, `Марина, Загребский`). */
  note?: string;
  kind: 'mobile' | 'landline' | 'other';
  country?: string;
}

/** The outcome of reading one stored PHONE value. */
export interface PhoneValueReading {
  /** Position of the value in the contact's PHONE list. */
  index: number;
  raw: string;
  enumCode?: string;
  numbers: ParsedPhone[];
  /** Fragments that look like a number but are not one (reported, never dropped silently). */
  invalid: string[];
}

/** A distinct number on the card, with every stored value it was read from (duplicates > 1). */
export interface CardPhone {
  /** e164 plus `;ext=` when an extension is present: the identity of a number on a card. */
  key: string;
  phone: ParsedPhone;
  sources: Array<{ index: number; raw: string; enumCode?: string }>;
}

/** The same number stored in several values of one card (`8 (921)…` and `+7 921…`): offered for merging. */
export interface PhoneDuplicate {
  e164: string;
  /** Positions of the values that hold the number. */
  indexes: number[];
  /** The value to keep: the most complete (extension, note, international form), earliest on ties. */
  keepIndex: number;
  /** What the kept value should read after the merge: every extension and note of the group kept. */
  mergedValue: string;
  /** Different extensions on the same number: the manager decides, no one-click merge. */
  conflicting: boolean;
}

export type ReasonCode =
  | 'calls-span-deals'
  | 'calls-one-deal'
  | 'calls-one-address'
  | 'no-calls'
  | 'on-deal-contact'
  | 'on-client-contact'
  | 'on-other-partners'
  | 'client-base-phone'
  | 'client-base-name'
  | 'note-mentions'
  | 'enum-hint'
  | 'value-note'
  | 'landline'
  | 'conflict'
  /** Added after the first contract: the value's position on the card (first values are usually the foreman's). */
  | 'first-value'
  /** Added: calls logged on the partner's own card (informational; a client number on the card gets them too). */
  | 'calls-on-card'
  /** Added: the deal where the calls concentrate already has a known client with another number. */
  | 'deal-client-known'
  /** Added (issue 12): one reason per comparison level, so the weights add up to the total. */
  | 'no-client-contact'
  | 'not-in-client-base'
  | 'only-this-card'
  /** The value's place on the card, after the first. */
  | 'value-position'
  | 'no-value-note'
  /** Mobile or another kind of number (a landline has its own code). */
  | 'number-kind';

export interface Reason {
  code: ReasonCode;
  /** Signed strength: > 0 speaks for the partner, < 0 for a client. */
  weight: number;
  /** Values the UI puts into the translated sentence (counts, names, addresses, deal ids). */
  params: Record<string, string | number>;
  /** Which comparison of the fitted model and which of its levels gave the weight (absent on informational reasons). */
  comparison?: string;
  level?: string;
}

export interface ClientSuggestion {
  name: string;
  nameSource: 'client-base' | 'deal-contact' | 'address' | 'none';
  /** Deals the number belongs to: preselected for linking. */
  dealIds: number[];
  /** A contact that already holds the number or is the deal's client: move there instead of creating one. */
  existingContactId?: number;
  contractNumber?: string;
  address?: string;
}

export interface OwnerVerdict {
  phoneKey: string;
  owner: PhoneOwner;
  confidence: Confidence;
  reasons: Reason[];
  /** Deals in which the number appears (calls, contacts, client base). */
  dealIds: number[];
  suggestion?: ClientSuggestion;
  /** Bits before any evidence (the prior); `total` = prior + every reason's weight; > 0 the foreman's. */
  prior?: number;
  total?: number;
  /** P(the number is a client's), from the total. */
  clientProbability?: number;
}

/** Where the questionnaire's fields live on this account (detected by type and name, or set in settings). */
export type { DetectedFields } from './fields/detectFields';

/**
 * Everything the engine weighs for one partner card; the API hooks assemble it. Generic so the
 * panel keeps the full amoCRM records it loaded (src/api/client/evidence.ts: LoadedPartnerEvidence)
 * while the engine reads only the fields it knows.
 */
export interface PartnerEvidence<
  C extends ContactRecord = ContactRecord,
  D extends DealRecord = DealRecord,
  N extends NoteRecord = NoteRecord,
  B extends ClientBaseRecord = ClientBaseRecord,
  F extends FieldDefinition = FieldDefinition,
> {
  partner: C;
  deals: D[];
  /** call_in/call_out notes of the partner's deals and of the partner's own card. */
  calls: N[];
  /** Other contacts linked to those deals (clients, other foremen). */
  dealContacts: C[];
  /** Client base rows (catalog elements) relevant to the deals. */
  clientBase: B[];
  contactFields: F[];
  leadFields: F[];
  /** Other partner contacts holding the same numbers, by phone key, when known. */
  otherPartnersByPhone?: Record<string, C[]>;
  /** Other (non-foreman) contacts holding the same numbers, by phone key, when searched: where a move can go. */
  contactsByPhone?: Record<string, C[]>;
  /** Common (text) notes of the deals and the card, when read: a manager's «номер её, не прораба». */
  notes?: N[];
}
