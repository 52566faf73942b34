// Stored records → the JSON amoCRM sends: HAL links with the request's origin, `_embedded` per `with`.
import type { FieldDefinition, StoredCatalog, StoredCatalogElement, StoredContact, StoredLead, StoredLink, StoredNote } from '../demo';
import type { Store } from './store';

const self = (origin: string, path: string) => ({ self: { href: `${origin}${path}` } });

export function contactOut(store: Store, c: StoredContact, origin: string, withSet: Set<string>) {
  const { tags, ...fields } = c;
  const embedded: Record<string, unknown> = { tags, companies: [] };
  if (withSet.has('leads')) {
    embedded.leads = store.leadIdsOfContact(c.id).map((id) => ({ id, _links: self(origin, `/api/v4/leads/${id}`) }));
  }
  if (withSet.has('customers')) embedded.customers = [];
  if (withSet.has('catalog_elements')) embedded.catalog_elements = store.elementLinksOf('contacts', c.id).map(elementRef);
  return { ...fields, account_id: store.data.account.id, _links: self(origin, `/api/v4/contacts/${c.id}`), _embedded: embedded };
}

function elementRef(l: StoredLink) {
  return {
    id: l.to_entity_id,
    metadata: { quantity: l.metadata.quantity ?? 1, catalog_id: l.metadata.catalog_id, price_id: l.metadata.price_id ?? null },
  };
}

export function leadOut(store: Store, l: StoredLead, origin: string, withSet: Set<string>) {
  const { tags, ...fields } = l;
  const embedded: Record<string, unknown> = { tags, companies: [] };
  if (withSet.has('contacts')) {
    embedded.contacts = store
      .contactsOfLead(l.id)
      .map((c) => ({ id: c.id, is_main: c.isMain, _links: self(origin, `/api/v4/contacts/${c.id}`) }));
  }
  if (withSet.has('catalog_elements')) embedded.catalog_elements = store.elementLinksOf('leads', l.id).map(elementRef);
  return { ...fields, account_id: store.data.account.id, _links: self(origin, `/api/v4/leads/${l.id}`), _embedded: embedded };
}

/** Recording links are stored as sandbox paths and handed out as absolute URLs of this origin. */
export function noteOut(store: Store, n: StoredNote, origin: string) {
  const { entity_type, params, ...fields } = n;
  const link = params.link;
  const outParams = typeof link === 'string' && link.startsWith('/') ? { ...params, link: `${origin}${link}` } : params;
  return {
    ...fields,
    params: outParams,
    account_id: store.data.account.id,
    _links: self(origin, `/api/v4/${entity_type}/${n.entity_id}/notes/${n.id}`),
  };
}

export function fieldOut(f: FieldDefinition, origin: string, path: string) {
  return { ...f, triggers: [], currency: null, hidden_statuses: [], chained_lists: null, _links: self(origin, `${path}/${f.id}`) };
}

export function catalogOut(c: StoredCatalog, origin: string) {
  return { ...c, _links: self(origin, `/api/v4/catalogs/${c.id}`) };
}

export function elementOut(store: Store, e: StoredCatalogElement, origin: string) {
  return { ...e, account_id: store.data.account.id, _links: self(origin, `/api/v4/catalogs/${e.catalog_id}/elements/${e.id}`) };
}

/** A link row; per-entity lists leave out the entity itself (as the fixture shows), bulk lists keep it. */
export type LinkRow = Omit<StoredLink, 'to_entity_type'> & { to_entity_type: string };

export function linkOut(l: LinkRow, withEntity: boolean) {
  const metadata =
    l.to_entity_type !== 'catalog_elements'
      ? { main_contact: l.metadata.main_contact === true }
      : { quantity: l.metadata.quantity ?? 1, catalog_id: l.metadata.catalog_id };
  const base = { to_entity_id: l.to_entity_id, to_entity_type: l.to_entity_type, metadata };
  return withEntity ? { entity_id: l.entity_id, entity_type: l.entity_type, ...base } : base;
}

export { self as selfLinks };
