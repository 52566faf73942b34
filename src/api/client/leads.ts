// Deals (amoCRM leads), read in batches of ids with their contacts and client-base links.
import { leadSchema, leadsPageSchema, type Lead } from '../schemas';
import { isAmoApiError } from './errors';
import type { Http } from './http';
import { fetchAllPages } from './pagination';
import { chunk, unique } from './query';
import type { Priority } from './scheduler';

export const LEAD_ID_CHUNK = 200;
const LEAD_WITH = 'contacts,catalog_elements';

export function leadsApi(http: Http) {
  return {
    async getLead(id: number, opts: { signal?: AbortSignal } = {}): Promise<Lead | null> {
      try {
        return await http.request({
          method: 'GET',
          path: `/api/v4/leads/${id}`,
          query: { with: LEAD_WITH },
          schema: leadSchema,
          ...(opts.signal ? { signal: opts.signal } : {}),
        });
      } catch (e) {
        if (isAmoApiError(e) && e.kind === 'not-found') return null;
        throw e;
      }
    },

    /** Deals by id (200 per request) with `_embedded.contacts` and `_embedded.catalog_elements`. */
    async getLeadsByIds(ids: readonly number[], opts: { signal?: AbortSignal; priority?: Priority } = {}): Promise<Lead[]> {
      const pages = await Promise.all(
        chunk(unique(ids), LEAD_ID_CHUNK).map((part) =>
          fetchAllPages(http, {
            path: '/api/v4/leads',
            query: { 'filter[id][]': part, with: LEAD_WITH, limit: 250 },
            schema: leadsPageSchema,
            key: 'leads',
            ...opts,
          }),
        ),
      );
      return pages.flat();
    },
  };
}
