import { sortedIds } from './contacts';

export const catalogKeys = {
  all: ['catalogs'] as const,
  list: () => [...catalogKeys.all, 'list'] as const,
  elements: (catalogId: number) => [...catalogKeys.all, catalogId, 'elements'] as const,
  elementsByIds: (catalogId: number, ids: readonly number[]) => [...catalogKeys.elements(catalogId), 'byIds', sortedIds(ids)] as const,
  search: (catalogId: number, query: string) => [...catalogKeys.elements(catalogId), 'search', query] as const,
};
