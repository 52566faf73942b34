// What the list shows: which cards, in which order, and the totals above it. Plain functions over
// stored findings, so the page only renders.
import { clientNumbers, isBulkReady, needsWork, unknownNumbers, type CardFinding } from '../scan/cardFinding';

export const QUEUE_FILTERS = ['needs-work', 'clients', 'unknown', 'fields', 'bulk-ready', 'all'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export const QUEUE_SORTS = ['clients', 'unknown', 'fields', 'name'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

const FILTERS: Record<QueueFilter, (card: CardFinding) => boolean> = {
  'needs-work': needsWork,
  clients: (c) => clientNumbers(c).length > 0,
  unknown: (c) => unknownNumbers(c).length > 0,
  fields: (c) => c.missingFields.length > 0,
  'bulk-ready': isBulkReady,
  all: () => true,
};

const collator = new Intl.Collator('ru');

/** Most work first; ties by name, so the order is stable between visits. */
const SORTS: Record<QueueSort, (a: CardFinding, b: CardFinding) => number> = {
  clients: (a, b) => clientNumbers(b).length - clientNumbers(a).length || collator.compare(a.name, b.name),
  unknown: (a, b) => unknownNumbers(b).length - unknownNumbers(a).length || collator.compare(a.name, b.name),
  fields: (a, b) => b.missingFields.length - a.missingFields.length || collator.compare(a.name, b.name),
  name: (a, b) => collator.compare(a.name, b.name) || a.contactId - b.contactId,
};

export function visibleCards(cards: CardFinding[], filter: QueueFilter, sort: QueueSort): CardFinding[] {
  return cards.filter(FILTERS[filter]).sort(SORTS[sort]);
}

export function countByFilter(cards: CardFinding[]): Record<QueueFilter, number> {
  const out = {} as Record<QueueFilter, number>;
  for (const f of QUEUE_FILTERS) out[f] = cards.filter(FILTERS[f]).length;
  return out;
}

export interface QueueSummaryFigures {
  done: number;
  left: number;
  numbersToMove: number;
  unknownNumbers: number;
  fieldsToFill: number;
}

export function summarize(cards: CardFinding[]): QueueSummaryFigures {
  const left = cards.filter(needsWork).length;
  return {
    done: cards.length - left,
    left,
    numbersToMove: cards.reduce((n, c) => n + clientNumbers(c).length, 0),
    unknownNumbers: cards.reduce((n, c) => n + unknownNumbers(c).length, 0),
    fieldsToFill: cards.reduce((n, c) => n + c.missingFields.length, 0),
  };
}
