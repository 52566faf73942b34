// Contacts: the partner card, contacts by id, reverse phone search, create and patch.
import {
  contactSchema,
  contactsCreateRequestSchema,
  contactsCreateResponseSchema,
  contactsPageSchema,
  contactsPatchResponseSchema,
  type Contact,
  type ContactWrite,
  type CreatedContact,
  type UpdatedContact,
} from '../schemas';
import { isAmoApiError } from './errors';
import type { Http } from './http';
import { fetchAllPages } from './pagination';
import { chunk, unique } from './query';
import { rememberFreshRead } from './freshness';
import type { Priority } from './scheduler';

export const ID_CHUNK = 200;
const WRITE_CHUNK = 50;
export type ContactWith = 'leads' | 'catalog_elements' | 'customers';

export interface ReadOptions {
  signal?: AbortSignal;
}

export function contactsApi(http: Http) {
  return {
    /** One contact (with its deal refs by default), or null when amoCRM says it does not exist. */
    async getContact(id: number, opts: ReadOptions & { with?: ContactWith[] } = {}): Promise<Contact | null> {
      try {
        const contact = await http.request({
          method: 'GET',
          path: `/api/v4/contacts/${id}`,
          query: { with: (opts.with ?? ['leads', 'catalog_elements']).join(',') },
          schema: contactSchema,
          ...(opts.signal ? { signal: opts.signal } : {}),
        });
        return contact && rememberFreshRead(contact);
      } catch (e) {
        if (isAmoApiError(e) && e.kind === 'not-found') return null;
        throw e;
      }
    },

    /** Contacts by id, 200 ids per request, every page followed. */
    async getContactsByIds(ids: readonly number[], opts: ReadOptions & { with?: ContactWith[] } = {}): Promise<Contact[]> {
      const pages = await Promise.all(
        chunk(unique(ids), ID_CHUNK).map((part) =>
          fetchAllPages(http, {
            path: '/api/v4/contacts',
            query: { 'filter[id][]': part, limit: 250, ...(opts.with ? { with: opts.with.join(',') } : {}) },
            schema: contactsPageSchema,
            key: 'contacts',
            ...(opts.signal ? { signal: opts.signal } : {}),
          }),
        ),
      );
      return pages.flat();
    },

    /** amoCRM full-text search (`query`): hits may come from any field, so callers re-check. */
    searchContacts(query: string, opts: ReadOptions & { with?: ContactWith[]; priority?: Priority } = {}): Promise<Contact[]> {
      return fetchAllPages(http, {
        path: '/api/v4/contacts',
        query: { query, limit: 250, ...(opts.with ? { with: opts.with.join(',') } : {}) },
        schema: contactsPageSchema,
        key: 'contacts',
        maxPages: 4,
        ...(opts.priority ? { priority: opts.priority } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
    },

    /** Creates contacts; each item gets a `request_id` (given or its index) to match answers to items. */
    async createContacts(items: readonly ContactWrite[]): Promise<CreatedContact[]> {
      const withIds = items.map((item, i) => ({ ...item, request_id: item.request_id ?? String(i) }));
      const created: CreatedContact[] = [];
      // amoCRM recommends ≤ 50 entities per write; batches go one after another.
      for (const part of chunk(withIds, WRITE_CHUNK)) {
        const body = contactsCreateRequestSchema.parse(part);
        const answer = await http.request({ method: 'POST', path: '/api/v4/contacts', body, schema: contactsCreateResponseSchema });
        created.push(...(answer?._embedded.contacts ?? []));
      }
      return created;
    },

    /** Changes only the keys sent; a custom field entry replaces that field's whole list (see phonePatch.ts). */
    async patchContact(id: number, patch: Omit<ContactWrite, 'request_id'>): Promise<UpdatedContact> {
      const answer = await http.request({
        method: 'PATCH',
        path: `/api/v4/contacts/${id}`,
        body: patch,
        schema: contactsPatchResponseSchema,
      });
      return answer?._embedded.contacts[0] ?? { id };
    },
  };
}
