// Linking contacts to deals. amoCRM documents links from the lead side only, so we use the
// bulk `POST /leads/link` with `entity_id` per item (one request for many deals).
import { linkRequestSchema, linksPageSchema, type EntityLink } from '../schemas';
import type { Http } from './http';
import { chunk } from './query';

const WRITE_CHUNK = 50; // amoCRM recommends ≤ 50 entities per write

export function linksApi(http: Http) {
  return {
    /** Links a contact to deals; `isMain` makes it the deal's main contact. Returns the saved links. */
    async linkContactToLeads(contactId: number, leadIds: readonly number[], opts: { isMain?: boolean } = {}): Promise<EntityLink[]> {
      const saved: EntityLink[] = [];
      for (const part of chunk([...new Set(leadIds)], WRITE_CHUNK)) {
        const body = linkRequestSchema.parse(
          part.map((leadId) => ({
            entity_id: leadId,
            to_entity_id: contactId,
            to_entity_type: 'contacts',
            ...(opts.isMain !== undefined ? { metadata: { is_main: opts.isMain } } : {}),
          })),
        );
        const answer = await http.request({ method: 'POST', path: '/api/v4/leads/link', body, schema: linksPageSchema });
        saved.push(...(answer?._embedded.links ?? []));
      }
      return saved;
    },

    /** Unlinks a contact from deals (amoCRM answers 204). */
    async unlinkContactFromLeads(contactId: number, leadIds: readonly number[]): Promise<void> {
      for (const part of chunk([...new Set(leadIds)], WRITE_CHUNK)) {
        const body = linkRequestSchema.parse(
          part.map((leadId) => ({ entity_id: leadId, to_entity_id: contactId, to_entity_type: 'contacts' })),
        );
        await http.request({ method: 'POST', path: '/api/v4/leads/unlink', body, schema: linksPageSchema });
      }
    },
  };
}
