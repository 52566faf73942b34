// Links between leads, contacts and catalog elements: link/unlink per entity and in bulk, and link lists.
import { linkRequestSchema, type LinkRequestItem } from '../../../src/api/schemas';
import { readJsonBody, sendJson, sendNoContent, sendProblem } from '../http';
import { readPage, sendPage } from '../paging';
import { entityParam, param, route, type Ctx, type Route } from '../router';
import { linkOut, selfLinks, type LinkRow } from '../serialize';
import { checkBatch, issuesToItems, requestIdOf, sendValidation, type ItemErrors } from '../validation';

type Entity = 'leads' | 'contacts';
type Item = LinkRequestItem & { entity_id: number };
const notFound = (path: string) => ({ code: 'NotFound', path, detail: 'Entity not found.' });

function exists(ctx: Ctx, type: string, id: number): boolean {
  if (type === 'leads') return ctx.store.leads.has(id);
  if (type === 'contacts') return ctx.store.contacts.has(id);
  if (type === 'catalog_elements') return ctx.store.elements.has(id);
  return false;
}

function check(ctx: Ctx, entity: Entity, items: Item[], body: unknown): ItemErrors[] {
  const allowed = entity === 'leads' ? ['contacts', 'catalog_elements'] : ['leads', 'catalog_elements'];
  return items.flatMap((item, i) => {
    const errors = [];
    if (!exists(ctx, entity, item.entity_id)) errors.push(notFound('entity_id'));
    if (!allowed.includes(item.to_entity_type))
      errors.push({ code: 'NotSupportedChoice', path: 'to_entity_type', detail: 'The value you selected is not a valid choice.' });
    else if (!exists(ctx, item.to_entity_type, item.to_entity_id)) errors.push(notFound('to_entity_id'));
    return errors.length ? [{ request_id: requestIdOf(body, i), errors }] : [];
  });
}

/** One link as the answer shows it; `is_main` in the request becomes `main_contact` here. */
function link(ctx: Ctx, entity: Entity, item: Item) {
  const { store } = ctx;
  if (item.to_entity_type === 'catalog_elements') {
    const element = store.elements.get(item.to_entity_id);
    if (!element) throw new Error('checked before');
    return linkOut(store.linkElement(entity, item.entity_id, element, item.metadata?.quantity ?? 1), true);
  }
  if (entity === 'leads') return linkOut(store.linkContact(item.entity_id, item.to_entity_id, item.metadata?.is_main), true);
  const l = store.linkContact(item.to_entity_id, item.entity_id, item.metadata?.is_main);
  return {
    entity_id: item.entity_id,
    entity_type: 'contacts',
    to_entity_id: item.to_entity_id,
    to_entity_type: 'leads',
    metadata: { main_contact: l.metadata.main_contact === true },
  };
}

function unlink(ctx: Ctx, entity: Entity, item: Item): void {
  if (entity === 'contacts' && item.to_entity_type === 'leads') ctx.store.unlink('leads', item.to_entity_id, 'contacts', item.entity_id);
  else ctx.store.unlink(entity, item.entity_id, item.to_entity_type, item.to_entity_id);
}

function handleWrite(mode: 'link' | 'unlink', bulk: boolean) {
  return async (ctx: Ctx): Promise<void> => {
    const entity = entityParam(ctx, 0);
    const body = await readJsonBody(ctx.req);
    if (!body.ok) return sendProblem(ctx.res, 400, { detail: body.detail });
    if (!checkBatch(ctx.res, body.value)) return;
    const parsed = linkRequestSchema.safeParse(body.value);
    if (!parsed.success) return sendValidation(ctx.res, issuesToItems(parsed.error.issues, body.value, true));
    if (!bulk && !exists(ctx, entity, param(ctx, 1))) return sendProblem(ctx.res, 404, { detail: 'Entity not found' });
    const items: Item[] = [];
    const missingIds: ItemErrors[] = [];
    parsed.data.forEach((it, i) => {
      const entityId = bulk ? it.entity_id : param(ctx, 1);
      if (entityId === undefined)
        missingIds.push({
          request_id: requestIdOf(body.value, i),
          errors: [{ code: 'NotBlank', path: 'entity_id', detail: 'This value should not be blank.' }],
        });
      else items.push({ ...it, entity_id: entityId });
    });
    const problems = missingIds.length ? missingIds : check(ctx, entity, items, body.value);
    if (problems.length) return sendValidation(ctx.res, problems);
    if (mode === 'unlink') {
      for (const item of items) unlink(ctx, entity, item);
      return sendNoContent(ctx.res);
    }
    const out = items.map((item) => link(ctx, entity, item));
    const selfPath = bulk ? `/api/v4/${entity}/links` : `/api/v4/${entity}/${param(ctx, 1)}/links`;
    sendJson(ctx.res, 200, { _total_items: out.length, _links: selfLinks(ctx.origin, selfPath), _embedded: { links: out } });
  };
}

/** Links of one entity from its own side (a contact sees its leads as `to_entity_type: leads`). */
function linksOf(ctx: Ctx, entity: Entity, id: number): LinkRow[] {
  const own = ctx.store.linksFrom(entity, id);
  if (entity === 'leads') return own;
  const leads = ctx.store
    .linksTo('contacts', id)
    .filter((l) => l.entity_type === 'leads')
    .map((l): LinkRow => ({
      entity_type: 'contacts',
      entity_id: id,
      to_entity_type: 'leads',
      to_entity_id: l.entity_id,
      metadata: l.metadata,
    }));
  return [...leads, ...own];
}

function filtered(ctx: Ctx, links: LinkRow[]): LinkRow[] {
  const toType = ctx.query.one('filter[to_entity_type]');
  const toId = ctx.query.one('filter[to_entity_id]');
  const toCatalog = ctx.query.one('filter[to_catalog_id]');
  return links.filter(
    (l) =>
      (!toType || !toId || (l.to_entity_type === toType && l.to_entity_id === Number(toId))) &&
      (!toCatalog || l.metadata.catalog_id === Number(toCatalog)),
  );
}

function listOne(ctx: Ctx): void {
  const entity = entityParam(ctx, 0);
  const id = param(ctx, 1);
  const page = readPage(ctx.res, ctx.query);
  if (!page) return;
  if (!exists(ctx, entity, id)) return sendNoContent(ctx.res);
  sendPage(ctx.res, ctx, 'links', filtered(ctx, linksOf(ctx, entity, id)), page, { totals: true, noPageNumber: true }, (l) =>
    linkOut(l, false),
  );
}

function listBulk(ctx: Ctx): void {
  const entity = entityParam(ctx, 0);
  const ids = ctx.query.ints('filter[entity_id]');
  if (ids.length === 0) return sendProblem(ctx.res, 400, { detail: 'filter[entity_id] is required' });
  const page = readPage(ctx.res, ctx.query);
  if (!page) return;
  const rows = ids.flatMap((id) => linksOf(ctx, entity, id));
  sendPage(ctx.res, ctx, 'links', filtered(ctx, rows), page, { totals: true, noPageNumber: true }, (l) => linkOut(l, true));
}

export const linkRoutes: Route[] = [
  route('POST', '/api/v4/:entity/:id/link', handleWrite('link', false)),
  route('POST', '/api/v4/:entity/:id/unlink', handleWrite('unlink', false)),
  route('POST', '/api/v4/:entity/link', handleWrite('link', true)),
  route('POST', '/api/v4/:entity/unlink', handleWrite('unlink', true)),
  route('GET', '/api/v4/:entity/:id/links', listOne),
  route('GET', '/api/v4/:entity/links', listBulk),
];
