// What the queue remembers about one partner card: the engine's verdicts reduced to what the list
// shows and what a bulk move needs. Stored in the browser, so it is a zod schema (validated on load).
import { z } from 'zod/mini';

export const cardNumberSchema = z.object({
  /** The engine's phone key (e164 plus `;ext=`). */
  phoneKey: z.string(),
  display: z.string(),
  owner: z.enum(['partner', 'client', 'unknown']),
  confidence: z.enum(['high', 'medium', 'low']),
  /** The PHONE type (`MOB`, `WORK`…) it is stored under; a moved number keeps it on the client. */
  enumCode: z.optional(z.string()),
  dealIds: z.array(z.int()),
  /** Where a client number goes: an existing contact, or a new one with this name. */
  targetName: z.optional(z.string()),
  targetNameSource: z.optional(z.enum(['client-base', 'deal-contact', 'address', 'none'])),
  existingContactId: z.optional(z.int()),
});

export const cardFindingSchema = z.object({
  contactId: z.int(),
  name: z.string(),
  /** The card's `updated_at` when it was checked: a different one means the finding is stale. */
  updatedAt: z.int(),
  checkedAt: z.int(),
  numbers: z.array(cardNumberSchema),
  /** Questionnaire fields still empty (`fullName`, `birthday`, `email`, `comment`…). */
  missingFields: z.array(z.string()),
  /** The PHONE field's id on this account, for the exact writes of a move. */
  phoneFieldId: z.optional(z.int()),
});

export type CardNumber = z.infer<typeof cardNumberSchema>;
export type CardFinding = z.infer<typeof cardFindingSchema>;

export const clientNumbers = (card: CardFinding): CardNumber[] => card.numbers.filter((n) => n.owner === 'client');
export const unknownNumbers = (card: CardFinding): CardNumber[] => card.numbers.filter((n) => n.owner === 'unknown');

/** A card needs work while a client number sits on it, a number is undecided, or a field is empty. */
export function needsWork(card: CardFinding): boolean {
  return clientNumbers(card).length > 0 || unknownNumbers(card).length > 0 || card.missingFields.length > 0;
}

/** Safe to move in bulk: there is something to move and the engine is sure of every client number. */
export function isBulkReady(card: CardFinding): boolean {
  const clients = clientNumbers(card);
  return clients.length > 0 && clients.every((n) => n.confidence === 'high');
}
