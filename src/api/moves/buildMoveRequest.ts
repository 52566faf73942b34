// The one place a move request is built, for the panel's form and "move all" and for the queue's
// bulk move alike: the same phone type, the same fallback for an empty name, the number always
// written with its extension, and audit notes from the caller's words in the manager's language.
import { parsePhoneValue } from '../../domain/phones/parsePhoneValue';
import { displayPhone } from '../../domain/phones/normalize';
import type { MoveRequest, MoveTarget } from './types';

export interface MoveNumber {
  /** CardPhone.key: e164 plus `;ext=`. */
  key: string;
  /** The PHONE type of the value it is stored in on the partner, when known. */
  enumCode?: string;
}

export interface NoteVars {
  /** The number with «доб.» when it has an extension. */
  number: string;
  partner: string;
  client: string;
}

export interface MoveRequestInput {
  partner: { id: number; name: string; updatedAt: number; numberKeys: string[] };
  number: MoveNumber;
  /** A blank new name falls back to `unnamedClient`. */
  target: MoveTarget;
  dealIds: number[];
  words: {
    notes(vars: NoteVars): MoveRequest['notes'];
    /** Name of a new client contact when none was given («Клиент +7 921…»). */
    unnamedClient(number: string): string;
    /** How an existing contact with no known name is called in the notes. */
    existingContact: string;
    /** Leads the number's words as typed on the partner, in the notes. */
    typedAs?: string;
  };
}

/** The number as written for people: national form plus «доб.». */
export function numberText(key: string): string {
  const [e164 = '', extPart] = key.split(';ext=');
  return displayPhone(e164, extPart);
}

/** The type a moved number keeps: its own on the partner, else mobile or work by the number itself. */
export function phoneTypeOf(number: MoveNumber): string {
  if (number.enumCode) return number.enumCode;
  const kind = parsePhoneValue(number.key.split(';')[0] ?? '').numbers[0]?.kind;
  return kind === 'landline' ? 'WORK' : 'MOB';
}

export function buildMoveRequest(input: MoveRequestInput): MoveRequest {
  const { partner, number, words } = input;
  const text = numberText(number.key);
  const target: MoveTarget =
    input.target.kind === 'new'
      ? { kind: 'new', name: input.target.name.trim() || words.unnamedClient(text) }
      : { kind: 'existing', contactId: input.target.contactId, ...(input.target.name?.trim() ? { name: input.target.name.trim() } : {}) };
  const client = target.name ?? words.existingContact;
  return {
    partnerId: partner.id,
    phoneKey: number.key,
    phoneValue: text,
    enumCode: phoneTypeOf(number),
    target,
    dealIds: input.dealIds,
    partnerSeen: { updatedAt: partner.updatedAt, numberKeys: partner.numberKeys },
    notes: { ...words.notes({ number: text, partner: partner.name, client }), ...(words.typedAs ? { typedAs: words.typedAs } : {}) },
  };
}
