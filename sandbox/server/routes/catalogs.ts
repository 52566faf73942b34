// /api/v4/catalogs and their elements (the client base), searchable by `query` (e.g. a contract number).
import type { StoredCatalogElement } from '../../demo';
import { sendJson, sendNoContent } from '../http';
import { readPage, sendPage } from '../paging';
import { param, route, type Ctx, type Route } from '../router';
import { catalogOut, elementOut, fieldOut } from '../serialize';

function catalogs(ctx: Ctx): void {
  const page = readPage(ctx.res, ctx.query);
  if (!page) return;
  sendPage(ctx.res, ctx, 'catalogs', ctx.store.data.catalogs, page, { totals: true }, (c) => catalogOut(c, ctx.origin));
}

function catalog(ctx: Ctx): void {
  const c = ctx.store.data.catalogs.find((x) => x.id === param(ctx, 0));
  if (!c) return sendNoContent(ctx.res);
  sendJson(ctx.res, 200, catalogOut(c, ctx.origin));
}

function elementMatches(e: StoredCatalogElement, q: string): boolean {
  const texts = [e.name, ...(e.custom_fields_values ?? []).flatMap((f) => f.values.map((v) => String(v.value ?? '')))];
  return texts.some((t) => t.toLowerCase().includes(q));
}

function elements(ctx: Ctx): void {
  const page = readPage(ctx.res, ctx.query);
  if (!page) return;
  const catalogId = param(ctx, 0);
  const ids = new Set(ctx.query.ints('filter[id]'));
  const q = ctx.query.one('query')?.trim().toLowerCase();
  let found = [...ctx.store.elements.values()].filter((e) => e.catalog_id === catalogId && !e.is_deleted);
  if (ids.size) found = found.filter((e) => ids.has(e.id));
  if (q) found = found.filter((e) => elementMatches(e, q));
  found.sort((a, b) => a.id - b.id);
  sendPage(ctx.res, ctx, 'elements', found, page, {}, (e) => elementOut(ctx.store, e, ctx.origin));
}

function element(ctx: Ctx): void {
  const e = ctx.store.elements.get(param(ctx, 1));
  if (!e || e.catalog_id !== param(ctx, 0)) return sendNoContent(ctx.res);
  sendJson(ctx.res, 200, elementOut(ctx.store, e, ctx.origin));
}

function catalogFields(ctx: Ctx): void {
  const page = readPage(ctx.res, ctx.query);
  if (!page) return;
  const id = param(ctx, 0);
  const defs = ctx.store.data.catalogFields[id] ?? [];
  sendPage(ctx.res, ctx, 'custom_fields', defs, page, { totals: true }, (f) =>
    fieldOut(f, ctx.origin, `/api/v4/catalogs/${id}/custom_fields`),
  );
}

export const catalogRoutes: Route[] = [
  route('GET', '/api/v4/catalogs', catalogs),
  route('GET', '/api/v4/catalogs/:id', catalog),
  route('GET', '/api/v4/catalogs/:id/elements', elements),
  route('GET', '/api/v4/catalogs/:id/elements/:id', element),
  route('GET', '/api/v4/catalogs/:id/custom_fields', catalogFields),
];
