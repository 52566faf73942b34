// HAL lists: follow `_links.next` to the end. 204 (nothing matched) is an empty list.
import type { z } from 'zod/mini';
import type { Http } from './http';
import type { QueryParams } from './query';
import type { Priority } from './scheduler';

interface HalPage<T> {
  _links?: { next?: { href: string } | undefined } | undefined;
  _embedded: Record<string, T[]>;
}

export interface ListSpec<T> {
  path: string;
  query?: QueryParams;
  /** A `halPageSchema(key, item)` from src/api/schemas. */
  schema: z.ZodMiniType<HalPage<T>>;
  key: string;
  priority?: Priority;
  signal?: AbortSignal;
  /** A guard against a server that never stops answering `next`. */
  maxPages?: number;
}

export async function fetchAllPages<T>(http: Http, spec: ListSpec<T>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let path = spec.path;
  let query: QueryParams | undefined = spec.query;
  for (let page = 0; page < (spec.maxPages ?? 100); page += 1) {
    const answer = await http.request({
      method: 'GET',
      path,
      ...(query ? { query } : {}),
      schema: spec.schema,
      ...(spec.priority ? { priority: spec.priority } : {}),
      ...(spec.signal ? { signal: spec.signal } : {}),
    });
    if (answer === null) break;
    items.push(...(answer._embedded[spec.key] ?? []));
    const next = answer._links?.next?.href;
    if (!next || seen.has(next)) break;
    seen.add(next);
    // The next href carries the whole query (filters, page); use it verbatim.
    path = next;
    query = undefined;
  }
  return items;
}
