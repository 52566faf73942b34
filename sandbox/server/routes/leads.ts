// /api/v4/leads: list by ids with `with=contacts,catalog_elements`, and single lead.
import type { StoredLead } from '../../demo';
import { sendJson, sendNoContent } from '../http';
import { readPage, sendPage } from '../paging';
import { param, route, type Ctx, type Route } from '../router';
import { leadOut } from '../serialize';

function list(ctx: Ctx): void {
  const page = readPage(ctx.res, ctx.query);
  if (!page) return;
  const ids = new Set(ctx.query.ints('filter[id]'));
  const pipelines = ctx.query.ints('filter[pipeline_id]');
  const responsible = ctx.query.ints('filter[responsible_user_id]');
  const name = ctx.query.one('filter[name]')?.toLowerCase();
  let found = [...ctx.store.leads.values()].filter((l) => !l.is_deleted);
  if (ids.size) found = found.filter((l) => ids.has(l.id));
  if (pipelines.length) found = found.filter((l) => pipelines.includes(l.pipeline_id));
  if (responsible.length) found = found.filter((l) => l.responsible_user_id !== undefined && responsible.includes(l.responsible_user_id));
  if (name) found = found.filter((l) => l.name.toLowerCase().includes(name));
  const q = ctx.query.one('query')?.trim().toLowerCase();
  if (q) found = found.filter((l) => leadMatches(l, q));
  const desc = ctx.query.one('order[id]') === 'desc';
  found.sort((a, b) => (desc ? b.id - a.id : a.id - b.id));
  const withSet = ctx.query.withSet();
  sendPage(ctx.res, ctx, 'leads', found, page, {}, (l) => leadOut(ctx.store, l, ctx.origin, withSet));
}

function leadMatches(l: StoredLead, q: string): boolean {
  const texts = [l.name, ...(l.custom_fields_values ?? []).flatMap((f) => f.values.map((v) => String(v.value ?? '')))];
  return texts.some((t) => t.toLowerCase().includes(q));
}

function one(ctx: Ctx): void {
  const lead = ctx.store.leads.get(param(ctx, 0));
  if (!lead || lead.is_deleted) return sendNoContent(ctx.res);
  sendJson(ctx.res, 200, leadOut(ctx.store, lead, ctx.origin, ctx.query.withSet()));
}

export const leadRoutes: Route[] = [route('GET', '/api/v4/leads', list), route('GET', '/api/v4/leads/:id', one)];
