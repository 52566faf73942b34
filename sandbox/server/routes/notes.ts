// Notes of leads and contacts: lists with filters (entity, type, id), one entity's notes, and creation.
import { notesCreateRequestSchema } from '../../../src/api/schemas';
import type { StoredNote } from '../../demo';
import { readJsonBody, sendJson, sendNoContent, sendProblem } from '../http';
import { readPage, sendPage } from '../paging';
import { entityParam, param, route, type Ctx, type Route } from '../router';
import { noteOut, selfLinks } from '../serialize';
import { checkBatch, issuesToItems, requestIdOf, sendValidation, type ItemErrors } from '../validation';

const CREATABLE = new Set([
  'common',
  'call_in',
  'call_out',
  'service_message',
  'extended_service_message',
  'sms_in',
  'sms_out',
  'geolocation',
  'attachment',
  'message_cashier',
]);

function filterNotes(ctx: Ctx, notes: StoredNote[]): StoredNote[] {
  const types = ctx.query.list('filter[note_type]');
  const ids = ctx.query.ints('filter[id]');
  const from = Number(ctx.query.one('filter[updated_at][from]') ?? NaN);
  const to = Number(ctx.query.one('filter[updated_at][to]') ?? NaN);
  const out = notes.filter(
    (n) =>
      (types.length === 0 || types.includes(n.note_type)) &&
      (ids.length === 0 || ids.includes(n.id)) &&
      (Number.isNaN(from) || (n.updated_at ?? n.created_at) >= from) &&
      (Number.isNaN(to) || (n.updated_at ?? n.created_at) <= to),
  );
  const byUpdated = ctx.query.one('order[updated_at]');
  const desc = ctx.query.one('order[id]') === 'desc';
  if (byUpdated) return out.sort((a, b) => (byUpdated === 'desc' ? -1 : 1) * ((a.updated_at ?? 0) - (b.updated_at ?? 0) || a.id - b.id));
  return out.sort((a, b) => (desc ? b.id - a.id : a.id - b.id));
}

function sendNotes(ctx: Ctx, notes: StoredNote[]): void {
  const page = readPage(ctx.res, ctx.query);
  if (!page) return;
  sendPage(ctx.res, ctx, 'notes', filterNotes(ctx, notes), page, {}, (n) => noteOut(ctx.store, n, ctx.origin));
}

function listMany(ctx: Ctx): void {
  const entity = entityParam(ctx, 0);
  const entityIds = [...new Set(ctx.query.ints('filter[entity_id]'))];
  const notes = entityIds.length
    ? entityIds.flatMap((id) => ctx.store.notesOf(entity, id))
    : [...ctx.store.notes.values()].filter((n) => n.entity_type === entity);
  sendNotes(ctx, notes);
}

function listOne(ctx: Ctx): void {
  const entity = entityParam(ctx, 0);
  const id = param(ctx, 1);
  sendNotes(ctx, ctx.store.notesOf(entity, id));
}

function one(ctx: Ctx): void {
  const n = ctx.store.notes.get(param(ctx, 2));
  if (!n || n.entity_type !== entityParam(ctx, 0) || n.entity_id !== param(ctx, 1)) return sendNoContent(ctx.res);
  sendJson(ctx.res, 200, noteOut(ctx.store, n, ctx.origin));
}

function paramErrors(type: string, params: Record<string, unknown>): ItemErrors['errors'] {
  const blank = (key: string) => ({ code: 'NotBlank', path: `params.${key}`, detail: 'This value should not be blank.' });
  if (!CREATABLE.has(type))
    return [{ code: 'NotSupportedChoice', path: 'note_type', detail: 'The value you selected is not a valid choice.' }];
  const need =
    type === 'common' || type.startsWith('sms')
      ? ['text']
      : type.includes('service_message')
        ? ['service', 'text']
        : type.startsWith('call')
          ? ['uniq', 'phone', 'source']
          : [];
  return need.filter((k) => typeof params[k] !== 'string' || params[k] === '').map(blank);
}

function create(bulk: boolean) {
  return async (ctx: Ctx): Promise<void> => {
    const entity = entityParam(ctx, 0);
    const body = await readJsonBody(ctx.req);
    if (!body.ok) return sendProblem(ctx.res, 400, { detail: body.detail });
    if (!checkBatch(ctx.res, body.value)) return;
    const parsed = notesCreateRequestSchema.safeParse(body.value);
    if (!parsed.success) return sendValidation(ctx.res, issuesToItems(parsed.error.issues, body.value, true));
    if (!bulk && !(entity === 'leads' ? ctx.store.leads : ctx.store.contacts).has(param(ctx, 1)))
      return sendProblem(ctx.res, 404, { detail: 'Entity not found' });
    const problems: ItemErrors[] = [];
    const items = parsed.data.map((item, i) => {
      const entityId = bulk ? item.entity_id : param(ctx, 1);
      const errors = paramErrors(item.note_type, item.params);
      if (entityId === undefined) errors.push({ code: 'NotBlank', path: 'entity_id', detail: 'This value should not be blank.' });
      else if (!(entity === 'leads' ? ctx.store.leads : ctx.store.contacts).has(entityId))
        errors.push({ code: 'NotFound', path: 'entity_id', detail: 'Entity not found.' });
      if (errors.length) problems.push({ request_id: requestIdOf(body.value, i), errors });
      return { ...item, entityId: entityId ?? 0 };
    });
    if (problems.length) return sendValidation(ctx.res, problems);
    const created = items.map((item, i) => {
      const n = ctx.store.addNote(entity, item.entityId, item.note_type, item.params, ctx.userId);
      return {
        id: n.id,
        entity_id: n.entity_id,
        request_id: requestIdOf(body.value, i),
        _links: selfLinks(ctx.origin, `/api/v4/${entity}/${n.entity_id}/notes/${n.id}`),
      };
    });
    const selfPath = bulk ? `/api/v4/${entity}/notes` : `/api/v4/${entity}/${param(ctx, 1)}/notes`;
    sendJson(ctx.res, 200, { _links: selfLinks(ctx.origin, selfPath), _embedded: { notes: created } });
  };
}

export const noteRoutes: Route[] = [
  route('GET', '/api/v4/:entity/notes', listMany),
  route('POST', '/api/v4/:entity/notes', create(true)),
  route('GET', '/api/v4/:entity/:id/notes', listOne),
  route('POST', '/api/v4/:entity/:id/notes', create(false)),
  route('GET', '/api/v4/:entity/:id/notes/:id', one),
];
