import { sortedIds } from './contacts';

export const leadKeys = {
  all: ['leads'] as const,
  detail: (id: number) => [...leadKeys.all, 'detail', id] as const,
  byIds: (ids: readonly number[]) => [...leadKeys.all, 'byIds', sortedIds(ids)] as const,
};
