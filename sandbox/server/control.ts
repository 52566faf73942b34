// /sandbox/*: login, fault control, reset, stats and read-only store dumps for end-to-end assertions.
// None of it is rate limited or needs a session.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { FaultController } from './faults';
import { faultPatchSchema } from './faults';
import { Query, readJsonBody, sendJson, sendNoContent, sendProblem } from './http';
import { contactMatches } from './routes/contacts';
import { contactOut, leadOut, noteOut } from './serialize';
import type { Sessions } from './session';
import { statsSummary, type SandboxStats } from './stats';
import type { Store } from './store';

export interface ControlParts {
  store: Store;
  faults: FaultController;
  sessions: Sessions;
  stats: SandboxStats;
  reset(): void;
}

const loginSchema = z.object({ user_id: z.number().int().optional() }).optional();
const json = (res: ServerResponse, body: unknown) => sendJson(res, 200, body, 'application/json');

async function optionalBody(req: IncomingMessage): Promise<unknown> {
  const body = await readJsonBody(req);
  return body.ok ? body.value : undefined;
}

/** Answers a /sandbox/* request; returns false when the path is not a control path. */
export async function handleControl(parts: ControlParts, req: IncomingMessage, res: ServerResponse, url: URL, origin: string): Promise<boolean> {
  const { store, faults, sessions, stats } = parts;
  const method = req.method ?? 'GET';
  const path = url.pathname.replace(/\/$/, '');
  const all = new Set(['contacts', 'leads']);

  if (path === '/sandbox/login') {
    const parsed = loginSchema.safeParse(method === 'POST' ? await optionalBody(req) : undefined);
    const userId = (parsed.success ? parsed.data?.user_id : undefined) ?? Number(url.searchParams.get('user_id') ?? store.data.account.current_user_id);
    if (!store.data.users.some((u) => u.id === userId)) return sendProblem(res, 400, { detail: `No user ${userId}` }), true;
    sessions.login(res, userId);
    if (method === 'GET') {
      res.writeHead(302, { Location: url.searchParams.get('redirect') ?? '/' }).end();
      return true;
    }
    return json(res, { user_id: userId }), true;
  }
  if (path === '/sandbox/logout' && method === 'POST') {
    sessions.logout(req, res);
    return json(res, { ok: true }), true;
  }
  if (path === '/sandbox/control') {
    if (method === 'POST') {
      const parsed = faultPatchSchema.safeParse(await optionalBody(req));
      if (!parsed.success) return sendProblem(res, 400, { detail: parsed.error.message }), true;
      return json(res, faults.set(parsed.data)), true;
    }
    return json(res, faults.get()), true;
  }
  if (path === '/sandbox/reset' && method === 'POST') {
    parts.reset();
    return json(res, { ok: true }), true;
  }
  if (path === '/sandbox/stats') return json(res, statsSummary(stats, Number(url.searchParams.get('tail') ?? 200))), true;
  if (path === '/sandbox/answer-key') return json(res, store.data.answerKey), true;

  const m = /^\/sandbox\/store\/(contacts|leads)(?:\/(\d+))?(\/notes)?$/.exec(path);
  if (m && method === 'GET') {
    const [, entity = 'contacts', idText, notes] = m;
    const id = Number(idText);
    if (notes) {
      const list = [...store.notes.values()].filter((n) => n.entity_type === entity && n.entity_id === id);
      return json(res, list.map((n) => noteOut(store, n, origin))), true;
    }
    if (idText === undefined) {
      const q = new Query(url.searchParams).one('query') ?? '';
      if (entity !== 'contacts') return sendProblem(res, 404, { detail: 'Only contacts can be searched here' }), true;
      const found = [...store.contacts.values()].filter((c) => q === '' || contactMatches(c, q));
      return json(res, found.map((c) => contactOut(store, c, origin, all))), true;
    }
    if (entity === 'contacts') {
      const c = store.contacts.get(id);
      return (c ? json(res, contactOut(store, c, origin, all)) : sendNoContent(res)), true;
    }
    const lead = store.leads.get(id);
    return (lead ? json(res, leadOut(store, lead, origin, new Set(['contacts', 'catalog_elements']))) : sendNoContent(res)), true;
  }
  return false;
}
