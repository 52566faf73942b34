// A tiny method+path router: enough for amoCRM's fixed routes, with 404/405 as amoCRM answers them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendProblem, type Query } from './http';
import type { Store } from './store';

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  path: string;
  query: Query;
  /** Captured path segments, in order (`:id` → digits, `:entity` → leads|contacts). */
  params: string[];
  origin: string;
  store: Store;
  userId: number;
}

export type Handler = (ctx: Ctx) => void | Promise<void>;
export interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

export function route(method: string, path: string, handler: Handler): Route {
  const source = path.replace(/:id/g, '(\\d+)').replace(/:entity/g, '(leads|contacts)');
  return { method, pattern: new RegExp(`^${source}/?$`), handler };
}

export const param = (ctx: Ctx, i: number): number => Number(ctx.params[i]);
export const entityParam = (ctx: Ctx, i: number): 'leads' | 'contacts' => (ctx.params[i] === 'contacts' ? 'contacts' : 'leads');

export async function dispatch(routes: readonly Route[], ctx: Omit<Ctx, 'params'>): Promise<void> {
  const method = ctx.req.method ?? 'GET';
  const matching = routes.filter((r) => r.pattern.test(ctx.path));
  const hit = matching.find((r) => r.method === method);
  if (hit) {
    const params = (hit.pattern.exec(ctx.path) ?? []).slice(1).map(String);
    await hit.handler({ ...ctx, params });
    return;
  }
  if (matching.length > 0) {
    const allow = [...new Set(matching.map((r) => r.method))].join(', ');
    sendProblem(ctx.res, 405, { detail: `Method ${method} is not allowed here`, headers: { Allow: allow } });
    return;
  }
  sendProblem(ctx.res, 404, { detail: `Cannot ${method} ${ctx.origin}${ctx.req.url ?? ctx.path}` });
}
