// The reads a scan makes, as amoCRM allows them in bulk: contacts a page of 250 at a time (the
// cursor is the page's `_links.next`, so a scan resumes from the last page it finished), then the
// shared client's batched reads (deals and contacts by `filter[id][]`, call notes of many deals per
// request). Everything goes through the client's one scheduler (≤ 7 rps, 429 backoff).
import { contactsPageSchema, type CatalogElement, type Contact, type CustomFieldDefinition, type Lead, type Note } from '../../api/schemas';
import type { AmoClient } from '../../api/client';
import { loadClientBase } from '../../api/client/clientBase';
import type { WidgetSettings } from '../../host';
import { LEAD_ID_CHUNK } from '../../api/client/leads';

/** Deals one batch may hold, so a batch costs one deals request. */
export const DEALS_PER_BATCH = LEAD_ID_CHUNK;
export const CONTACTS_PAGE_PATH = '/api/v4/contacts?with=leads&limit=250&order[id]=asc';

export interface ContactsPage {
  contacts: Contact[];
  /** The next page to read (path and query), or null at the end. */
  next: string | null;
}

export interface ScanSource {
  contactFields(signal?: AbortSignal): Promise<CustomFieldDefinition[]>;
  leadFields(signal?: AbortSignal): Promise<CustomFieldDefinition[]>;
  contactsPage(path: string, signal?: AbortSignal): Promise<ContactsPage>;
  contactsByIds(ids: number[], signal?: AbortSignal): Promise<Contact[]>;
  leadsByIds(ids: number[], signal?: AbortSignal): Promise<Lead[]>;
  /** call_in / call_out notes of many deals or contacts. */
  callNotes(entity: 'leads' | 'contacts', ids: number[], signal?: AbortSignal): Promise<Note[]>;
  /** Client-base rows linked to these deals (one request per catalog). */
  clientBase(deals: Lead[], leadFields: CustomFieldDefinition[], signal?: AbortSignal): Promise<CatalogElement[]>;
}

function relative(href: string): string {
  if (!/^https?:\/\//.test(href)) return href;
  const url = new URL(href);
  return url.pathname + url.search;
}

export function createScanSource(client: AmoClient, settings: WidgetSettings = {}): ScanSource {
  // The scan yields to the manager's own clicks elsewhere in the widget.
  const bulk = (signal?: AbortSignal) => ({ priority: 'bulk' as const, ...(signal ? { signal } : {}) });
  return {
    contactFields: (signal) => client.getCustomFields('contacts', signal ? { signal } : {}),
    leadFields: (signal) => client.getCustomFields('leads', signal ? { signal } : {}),
    async contactsPage(path, signal) {
      const page = await client.http.request({ method: 'GET', path, schema: contactsPageSchema, ...bulk(signal) });
      if (page === null) return { contacts: [], next: null };
      const next = page._links?.next?.href;
      return { contacts: page._embedded.contacts, next: next ? relative(next) : null };
    },
    contactsByIds: (ids, signal) => client.getContactsByIds(ids, { with: ['leads'], ...(signal ? { signal } : {}) }),
    leadsByIds: (ids, signal) => client.getLeadsByIds(ids, bulk(signal)),
    callNotes: (entity, ids, signal) => client.getNotes(entity, ids, bulk(signal)),
    // Rows are read only where a deal links them: a contract-number search per deal would cost a
    // request per deal across the whole account (the panel does those searches for one card).
    clientBase: (deals, leadFields, signal) =>
      loadClientBase(client, deals, leadFields, {
        lookupBudget: 0,
        ...(settings.client_catalog ? { catalogSetting: settings.client_catalog } : {}),
        ...(settings.field_contract ? { contractFieldSetting: settings.field_contract } : {}),
        ...(signal ? { signal } : {}),
      }),
  };
}
