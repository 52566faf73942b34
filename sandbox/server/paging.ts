// HAL pages as amoCRM builds them: page/limit (limit ≤ 250, default 50), next only when another
// page exists, prev past page 1, and 204 instead of an empty page.
import type { ServerResponse } from 'node:http';
import { sendJson, sendNoContent, sendProblem, type Query } from './http';

export const MAX_LIMIT = 250;

export type PageParams = { page: number; limit: number };

/** Reads page/limit, or answers 400 (limit over 250 or not a positive number) and returns null. */
export function readPage(res: ServerResponse, query: Query, defaultLimit = 50): PageParams | null {
  const rawLimit = query.one('limit');
  const rawPage = query.one('page');
  const limit = rawLimit === undefined ? defaultLimit : Number(rawLimit);
  const page = rawPage === undefined ? 1 : Number(rawPage);
  const bad = (path: string, detail: string) => {
    sendProblem(res, 400, {
      detail: 'Request validation failed',
      fields: { 'validation-errors': [{ request_id: '0', errors: [{ code: 'InvalidValue', path, detail }] }] },
    });
    return null;
  };
  if (!Number.isInteger(limit) || limit < 1) return bad('limit', 'This value should be a positive integer.');
  if (limit > MAX_LIMIT) return bad('limit', `This value should be less than or equal to ${MAX_LIMIT}.`);
  if (!Number.isInteger(page) || page < 1) return bad('page', 'This value should be a positive integer.');
  return { page, limit };
}

export interface PageOptions {
  /** Add `_total_items` and `_page_count` (users, custom fields, catalogs). */
  totals?: boolean;
  /** Omit `_page` (links lists). */
  noPageNumber?: boolean;
}

export function pageHref(base: string, path: string, query: Query, page: number, limit: number): string {
  const params = new URLSearchParams(query.params);
  params.delete('page');
  params.delete('limit');
  params.set('page', String(page));
  params.set('limit', String(limit));
  return `${base}${path}?${params.toString()}`;
}

export function sendPage<T>(
  res: ServerResponse,
  at: { origin: string; path: string; query: Query },
  key: string,
  items: readonly T[],
  { page, limit }: PageParams,
  options: PageOptions = {},
  /** Serialises only the page's items, not the whole list. */
  map: (item: T) => unknown = (item) => item,
): void {
  const start = (page - 1) * limit;
  const slice = items.slice(start, start + limit).map(map);
  if (slice.length === 0) return sendNoContent(res);
  const href = (p: number) => ({ href: pageHref(at.origin, at.path, at.query, p, limit) });
  const links: Record<string, { href: string }> = { self: href(page) };
  if (start + limit < items.length) links.next = href(page + 1);
  if (page > 1) links.prev = href(page - 1);
  const body = {
    ...(options.totals ? { _total_items: items.length, _page_count: Math.ceil(items.length / limit) } : {}),
    ...(options.noPageNumber ? {} : { _page: page }),
    _links: links,
    _embedded: { [key]: slice },
  };
  sendJson(res, 200, body);
}
