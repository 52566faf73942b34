// The client base, kept as an amoCRM catalog ("list"): rows by id, or found by contract number.
import { catalogElementsPageSchema, catalogsPageSchema, type Catalog, type CatalogElement } from '../schemas';
import type { Http } from './http';
import { fetchAllPages } from './pagination';
import { chunk, unique } from './query';

export function catalogsApi(http: Http) {
  return {
    getCatalogs(opts: { signal?: AbortSignal } = {}): Promise<Catalog[]> {
      return fetchAllPages(http, { path: '/api/v4/catalogs', query: { limit: 250 }, schema: catalogsPageSchema, key: 'catalogs', ...opts });
    },

    async getCatalogElementsByIds(
      catalogId: number,
      ids: readonly number[],
      opts: { signal?: AbortSignal } = {},
    ): Promise<CatalogElement[]> {
      const pages = await Promise.all(
        chunk(unique(ids), 200).map((part) =>
          fetchAllPages(http, {
            path: `/api/v4/catalogs/${catalogId}/elements`,
            query: { 'filter[id][]': part, limit: 250 },
            schema: catalogElementsPageSchema,
            key: 'elements',
            ...opts,
          }),
        ),
      );
      return pages.flat();
    },

    /** Full-text search inside one catalog (e.g. a contract number); callers re-check the hits. */
    searchCatalogElements(catalogId: number, query: string, opts: { signal?: AbortSignal } = {}): Promise<CatalogElement[]> {
      return fetchAllPages(http, {
        path: `/api/v4/catalogs/${catalogId}/elements`,
        query: { query, limit: 50 },
        schema: catalogElementsPageSchema,
        key: 'elements',
        maxPages: 1,
        ...opts,
      });
    },
  };
}
