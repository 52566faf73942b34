import { sortedIds } from './contacts';

export const leadKeys = {
  all: ['leads'] as const,
  /** Deals by id with their contacts: a client's deals, a card's deals when its kind is in question. */
  byIds: (ids: readonly number[]) => [...leadKeys.all, 'byIds', sortedIds(ids)] as const,
};
