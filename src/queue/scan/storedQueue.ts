// How the queue is written into localStorage: findings as short tuples instead of objects, since
// 2,000 cards as plain JSON would take most of the origin's quota, which amoCRM itself uses too.
// The stored form has its own zod schema; decoding gives back the in-memory QueueState.
import { z } from 'zod/mini';
import type { CardFinding, CardNumber } from './cardFinding';

const OWNERS = { p: 'partner', c: 'client', u: 'unknown' } as const;
const CONFIDENCES = { h: 'high', m: 'medium', l: 'low' } as const;
const NAME_SOURCES = { b: 'client-base', d: 'deal-contact', a: 'address', n: 'none' } as const;

const invert = <T extends Record<string, string>>(map: T) =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as { [K in keyof T as T[K]]: K };
const OWNER_CODE = invert(OWNERS);
const CONFIDENCE_CODE = invert(CONFIDENCES);
const NAME_SOURCE_CODE = invert(NAME_SOURCES);

const ownerCode = z.enum(['p', 'c', 'u']);
const confidenceCode = z.enum(['h', 'm', 'l']);
const nameSourceCode = z.enum(['b', 'd', 'a', 'n', '']);
const id = z.int();

/** A partner's own number: [key, display, 'p', confidence]. Any other: plus type, deals, target. */
const storedNumberSchema = z.union([
  z.tuple([z.string(), z.string(), ownerCode, confidenceCode]),
  z.tuple([z.string(), z.string(), ownerCode, confidenceCode, z.string(), z.array(id), z.string(), nameSourceCode, id]),
]);

/** [contactId, name, updatedAt, checkedAt, phoneFieldId (0 = none), missing fields, numbers]. */
export const storedCardSchema = z.tuple([id, z.string(), id, id, id, z.array(z.string()), z.array(storedNumberSchema)]);
export type StoredCard = z.infer<typeof storedCardSchema>;

function encodeNumber(n: CardNumber): z.infer<typeof storedNumberSchema> {
  const head = [n.phoneKey, n.display, OWNER_CODE[n.owner], CONFIDENCE_CODE[n.confidence]] as const;
  if (n.owner === 'partner') return [...head];
  return [
    ...head,
    n.enumCode ?? '',
    n.dealIds,
    n.targetName ?? '',
    n.targetNameSource ? NAME_SOURCE_CODE[n.targetNameSource] : '',
    n.existingContactId ?? 0,
  ];
}

function decodeNumber(t: z.infer<typeof storedNumberSchema>): CardNumber {
  const [phoneKey, display, owner, confidence, enumCode, dealIds, targetName, nameSource, existing] = t;
  return {
    phoneKey,
    display,
    owner: OWNERS[owner],
    confidence: CONFIDENCES[confidence],
    dealIds: dealIds ?? [],
    ...(enumCode ? { enumCode } : {}),
    ...(targetName ? { targetName } : {}),
    ...(nameSource ? { targetNameSource: NAME_SOURCES[nameSource] } : {}),
    ...(existing ? { existingContactId: existing } : {}),
  };
}

export function encodeCard(c: CardFinding): StoredCard {
  return [c.contactId, c.name, c.updatedAt, c.checkedAt, c.phoneFieldId ?? 0, c.missingFields, c.numbers.map(encodeNumber)];
}

export function decodeCard(t: StoredCard): CardFinding {
  const [contactId, name, updatedAt, checkedAt, phoneFieldId, missingFields, numbers] = t;
  return {
    contactId,
    name,
    updatedAt,
    checkedAt,
    missingFields,
    numbers: numbers.map(decodeNumber),
    ...(phoneFieldId ? { phoneFieldId } : {}),
  };
}
