// amoCRM reads PHP-style arrays: `filter[id][]=1&filter[id][]=2`. Keys are our own constants,
// so brackets stay readable (and URLs short); values are always encoded.

export type QueryValue = string | number | boolean | ReadonlyArray<string | number> | undefined;
export type QueryParams = Record<string, QueryValue>;

export function buildQuery(params: QueryParams = {}): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const v of value as ReadonlyArray<string | number>) parts.push(`${key}=${encodeURIComponent(String(v))}`);
    } else {
      parts.push(`${key}=${encodeURIComponent(String(value))}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Splits ids into URL-sized chunks (amoCRM takes ≤ 250 per page; long URLs get refused by proxies). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function unique(ids: Iterable<number>): number[] {
  return [...new Set(ids)];
}
