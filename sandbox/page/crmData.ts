// The CRM's own reads for its page (card fields, lists, account). Plain fetch on the same origin,
// parsed with the project's schemas; a 204 (nothing found) reads as null.
import type { z } from 'zod/mini';
import {
  accountSchema,
  contactSchema,
  contactsPageSchema,
  customFieldsPageSchema,
  leadSchema,
  leadsPageSchema,
  usersPageSchema,
} from '../../src/api/schemas';
import type { Account, Contact, CustomFieldDefinition, Lead, User } from '../../src/api/schemas';

async function getJson<S extends z.ZodMiniType>(url: string, schema: S): Promise<z.infer<S> | null> {
  // Marks amoCRM's own UI traffic: the sandbox then keeps it out of the widget's rate limit, faults and stats.
  const res = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/hal+json', 'X-Sandbox-Host-Page': '1' } });
  if (res.status === 204 || res.status === 404) return null;
  if (!res.ok) throw new Error(`${res.status} ${res.statusText} — ${url}`);
  return schema.parse(await res.json()) as z.infer<S>;
}

const fieldCache = new Map<string, Promise<CustomFieldDefinition[]>>();

export function fieldDefinitions(entity: 'contacts' | 'leads'): Promise<CustomFieldDefinition[]> {
  let pending = fieldCache.get(entity);
  if (!pending) {
    pending = getJson(`/api/v4/${entity}/custom_fields?limit=250`, customFieldsPageSchema).then(
      (page) => page?._embedded.custom_fields ?? [],
    );
    pending.catch(() => fieldCache.delete(entity));
    fieldCache.set(entity, pending);
  }
  return pending;
}

export const readContact = (id: number): Promise<Contact | null> => getJson(`/api/v4/contacts/${id}?with=leads`, contactSchema);
export const readLead = (id: number): Promise<Lead | null> => getJson(`/api/v4/leads/${id}?with=contacts`, leadSchema);

export async function listContacts(): Promise<Contact[]> {
  const page = await getJson('/api/v4/contacts?limit=250&with=leads', contactsPageSchema);
  return page?._embedded.contacts ?? [];
}

const byIds = (ids: number[]) =>
  ids
    .slice(0, 50)
    .map((id) => `filter[id][]=${id}`)
    .join('&');

/** Deal names for a card's list of deal links (one request, at most 50 ids). */
export async function leadNames(ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const page = await getJson(`/api/v4/leads?limit=50&${byIds(ids)}`, leadsPageSchema);
  return new Map((page?._embedded.leads ?? []).map((l) => [l.id, l.name]));
}

/** Contact names for a deal's list of contacts (one request, at most 50 ids). */
export async function contactNames(ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const page = await getJson(`/api/v4/contacts?limit=50&${byIds(ids)}`, contactsPageSchema);
  return new Map((page?._embedded.contacts ?? []).map((c) => [c.id, c.name]));
}

export async function listLeads(): Promise<Lead[]> {
  const page = await getJson('/api/v4/leads?limit=50', leadsPageSchema);
  return page?._embedded.leads ?? [];
}

export async function readAccountAndUsers(): Promise<{ account: Account | null; users: User[] }> {
  const [account, users] = await Promise.all([
    getJson('/api/v4/account', accountSchema),
    getJson('/api/v4/users?limit=250', usersPageSchema),
  ]);
  return { account, users: users?._embedded.users ?? [] };
}
