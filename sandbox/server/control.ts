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

interface Request {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  origin: string;
  method: string;
}

const loginSchema = z.object({ user_id: z.number().int().optional() }).optional();
const json = (res: ServerResponse, body: unknown) => sendJson(res, 200, body, 'application/json');
const ALL_CONTACT_PARTS = new Set(['leads', 'catalog_elements']);
const ALL_LEAD_PARTS = new Set(['contacts', 'catalog_elements']);

async function optionalBody(req: IncomingMessage): Promise<unknown> {
  const body = await readJsonBody(req);
  return body.ok ? body.value : undefined;
}

async function login({ store, sessions }: ControlParts, { req, res, url, method }: Request): Promise<void> {
  const parsed = loginSchema.safeParse(method === 'POST' ? await optionalBody(req) : undefined);
  const asked = parsed.success ? parsed.data?.user_id : undefined;
  const userId = asked ?? Number(url.searchParams.get('user_id') ?? store.data.account.current_user_id);
  if (!store.data.users.some((u) => u.id === userId)) return sendProblem(res, 400, { detail: `No user ${userId}` });
  sessions.login(res, userId);
  if (method === 'GET') {
    res.writeHead(302, { Location: url.searchParams.get('redirect') ?? '/' }).end();
    return;
  }
  json(res, { user_id: userId });
}

async function control({ faults }: ControlParts, { req, res, method }: Request): Promise<void> {
  if (method !== 'POST') return json(res, faults.get());
  const parsed = faultPatchSchema.safeParse(await optionalBody(req));
  if (!parsed.success) return sendProblem(res, 400, { detail: parsed.error.message });
  json(res, faults.set(parsed.data));
}

/** `/sandbox/store/{contacts|leads}[/{id}][/notes]`: what the store holds, as the API would show it. */
function storeDump(
  { store }: ControlParts,
  { res, url, origin }: Request,
  entity: 'contacts' | 'leads',
  idText: string | undefined,
  notes: boolean,
): void {
  const id = Number(idText);
  if (notes)
    return json(
      res,
      store.notesOf(entity, id).map((n) => noteOut(store, n, origin)),
    );
  if (idText === undefined) {
    if (entity !== 'contacts') return sendProblem(res, 404, { detail: 'Only contacts can be searched here' });
    const q = new Query(url.searchParams).one('query') ?? '';
    const found = [...store.contacts.values()].filter((c) => q === '' || contactMatches(c, q));
    return json(
      res,
      found.map((c) => contactOut(store, c, origin, ALL_CONTACT_PARTS)),
    );
  }
  if (entity === 'contacts') {
    const c = store.contacts.get(id);
    return c ? json(res, contactOut(store, c, origin, ALL_CONTACT_PARTS)) : sendNoContent(res);
  }
  const lead = store.leads.get(id);
  return lead ? json(res, leadOut(store, lead, origin, ALL_LEAD_PARTS)) : sendNoContent(res);
}

/** Answers a /sandbox/* request; returns false when the path is not a control path. */
export async function handleControl(
  parts: ControlParts,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  origin: string,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  const path = url.pathname.replace(/\/$/, '');
  const r: Request = { req, res, url, origin, method };
  const dump = /^\/sandbox\/store\/(contacts|leads)(?:\/(\d+))?(\/notes)?$/.exec(path);

  if (path === '/sandbox/login') await login(parts, r);
  else if (path === '/sandbox/logout' && method === 'POST') {
    parts.sessions.logout(req, res);
    json(res, { ok: true });
  } else if (path === '/sandbox/control') await control(parts, r);
  else if (path === '/sandbox/reset' && method === 'POST') {
    parts.reset();
    json(res, { ok: true });
  } else if (path === '/sandbox/stats') json(res, statsSummary(parts.stats, Number(url.searchParams.get('tail') ?? 200)));
  else if (path === '/sandbox/answer-key') json(res, parts.store.data.answerKey);
  else if (dump && method === 'GET') storeDump(parts, r, dump[1] === 'leads' ? 'leads' : 'contacts', dump[2], dump[3] !== undefined);
  else return false;
  return true;
}
