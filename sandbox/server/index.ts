// The sandbox: a local amoCRM stand-in (API v4 on the page's origin, session cookie, faults,
// recordings, static files for the host page and the unzipped widget).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { generateDemoData, type DemoData } from '../demo';
import { handleControl } from './control';
import { discardingResponse, inProcessFetch } from './inProcess';
import { FaultController, type FaultConfig } from './faults';
import { origin as originOf, Query, sendProblem } from './http';
import { recordingWav } from './recordings';
import { dispatch, type Route } from './router';
import { accountRoutes } from './routes/account';
import { catalogRoutes } from './routes/catalogs';
import { contactRoutes } from './routes/contacts';
import { leadRoutes } from './routes/leads';
import { linkRoutes } from './routes/links';
import { noteRoutes } from './routes/notes';
import { cookieOf, SESSION_COOKIE, Sessions } from './session';
import { resolveStatic, sendFile, type StaticMount } from './static';
import { clearStats, newStats, recordRequest, type SandboxStats } from './stats';
import { Store } from './store';

export { parseFaultArgs, DEFAULT_FAULTS, FaultController, type FaultConfig } from './faults';
export { Store } from './store';
export type { SandboxStats, LogEntry } from './stats';
export type { StaticMount } from './static';

export interface SandboxOptions {
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Demo data seed (default 1), used when `data` is not given. */
  seed?: number;
  data?: DemoData;
  faults?: Partial<FaultConfig>;
  staticMounts?: StaticMount[];
  /** Single files by URL path. */
  files?: Record<string, string>;
  /** GET of an .html page logs the browser in (default true). */
  autoLogin?: boolean;
  /** The clock the rate limiter reads (ms); tests pass a hand-moved one so limits don't depend on machine speed. */
  now?: () => number;
  /** false: no socket; reach it through `fetch` only (property tests, thousands of requests). Default true. */
  listen?: boolean;
}

export interface Sandbox {
  url: string;
  store: Store;
  faults: FaultController;
  stats: SandboxStats;
  /** The same handler without a socket (cookies go in the `cookie` header as usual). */
  fetch: (input: string, init?: RequestInit) => Promise<Response>;
  /** A new session for this user (default: the account's current user), as a `Cookie` header value. */
  login(userId?: number): string;
  /** Demo data restored, faults cleared, stats zeroed (sessions stay valid). */
  reset(): void;
  close(): Promise<void>;
}

// Order matters only for readability: paths never overlap (ids are digits).
/** Request header the sandbox host page sets on its own reads (lower case, as Node gives header names). */
export const HOST_PAGE_HEADER = 'x-sandbox-host-page';

const API_ROUTES: Route[] = [...accountRoutes, ...contactRoutes, ...leadRoutes, ...linkRoutes, ...noteRoutes, ...catalogRoutes];

// Generated once per seed and process: the store copies what it changes, so sharing is safe.
const demoBySeed = new Map<number, DemoData>();
function demoData(seed: number): DemoData {
  const found = demoBySeed.get(seed);
  if (found) return found;
  const made = generateDemoData(seed);
  demoBySeed.set(seed, made);
  return made;
}

export async function createSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const store = new Store(opts.data ?? demoData(opts.seed ?? 1));
  const faults = new FaultController(opts.faults);
  const sessions = new Sessions();
  const stats = newStats();
  const autoLogin = opts.autoLogin ?? true;
  const reset = () => {
    store.reset();
    faults.reset();
    clearStats(stats);
  };

  async function api(req: IncomingMessage, res: ServerResponse, url: URL, origin: string): Promise<void> {
    // The host page stands in for amoCRM's own card UI, whose reads don't spend the integration's API
    // limit in real amoCRM: skip admission, latency, injected errors and stats for them, but not the session.
    if (req.headers[HOST_PAGE_HEADER] === '1') {
      const userId = sessions.userOf(req);
      if (userId === undefined || faults.get().sessionLost) return sendProblem(res, 401, { detail: 'Unauthorized' });
      await dispatch(API_ROUTES, {
        req,
        res,
        path: url.pathname.replace(/\/$/, ''),
        query: new Query(url.searchParams),
        origin,
        store,
        userId,
      });
      return;
    }
    const arrived = (opts.now ?? Date.now)();
    const latencyMs = faults.get().latencyMs;
    res.on('finish', () =>
      recordRequest(stats, { method: req.method ?? 'GET', path: url.pathname + url.search, status: res.statusCode, t: arrived, latencyMs }),
    );
    const clientKey = cookieOf(req, SESSION_COOKIE) ?? req.socket.remoteAddress ?? 'unknown';
    const admission = faults.admit(clientKey, arrived);
    if (admission.kind === 'blocked') {
      return sendProblem(res, 403, { detail: 'Too many requests: access is temporarily blocked' });
    }
    if (admission.kind === 'rate-limited') {
      const detail = 'You have sent too many requests in a given amount of time. Try again later.';
      return sendProblem(res, 429, {
        detail,
        headers: { 'Retry-After': String(admission.retryAfterSec) },
        fields: { retry_after: admission.retryAfterSec },
      });
    }
    if (latencyMs > 0) await delay(latencyMs);
    const userId = sessions.userOf(req);
    if (userId === undefined || faults.get().sessionLost) return sendProblem(res, 401, { detail: 'Unauthorized' });
    const injected = faults.injectedError();
    if (injected !== null) return sendProblem(res, injected, { detail: 'Injected by the sandbox' });
    const ctx = { req, path: url.pathname.replace(/\/$/, ''), query: new Query(url.searchParams), origin, store, userId };
    if (req.method !== 'GET' && req.method !== 'HEAD' && faults.appliedThenError()) {
      // The write happens; its answer is lost on the way back, as a proxy timeout or crash looks.
      await dispatch(API_ROUTES, { ...ctx, res: discardingResponse() });
      return sendProblem(res, 500, { detail: 'Applied, then failed (injected by the sandbox)' });
    }
    await dispatch(API_ROUTES, { ...ctx, res });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = originOf(req);
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path === '/api/v4' || path.startsWith('/api/v4/')) return api(req, res, url, origin);
    const recording = /^\/sandbox\/recordings\/([\w.-]+)\.wav$/.exec(path);
    if (recording && (method === 'GET' || method === 'HEAD')) {
      const wav = recordingWav(recording[1] ?? '');
      res.writeHead(200, { 'Content-Type': 'audio/wav', 'Content-Length': wav.length, 'Accept-Ranges': 'none' });
      res.end(method === 'HEAD' ? undefined : wav);
      return;
    }
    if (path.startsWith('/sandbox/') && (await handleControl({ store, faults, sessions, stats, reset }, req, res, url, origin))) return;
    if (method !== 'GET' && method !== 'HEAD') return sendProblem(res, 405, { detail: `Cannot ${method} ${path}` });
    const file = await resolveStatic(path, opts.staticMounts ?? [], opts.files ?? {});
    if (!file) return sendProblem(res, 404, { detail: `Cannot GET ${origin}${path}` });
    if (autoLogin && file.endsWith('.html') && sessions.userOf(req) === undefined) sessions.login(res, store.data.account.current_user_id);
    sendFile(res, file, method === 'HEAD', path);
  }

  const safeHandle = (req: IncomingMessage, res: ServerResponse) =>
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendProblem(res, 500, { detail: `Sandbox failure: ${err instanceof Error ? err.message : String(err)}` });
      else res.destroy();
    });
  const login = (userId?: number) => {
    const sink = discardingResponse();
    return `${SESSION_COOKIE}=${sessions.login(sink, userId ?? store.data.account.current_user_id)}`;
  };
  if (opts.listen === false) {
    const url = 'http://sandbox.in-process';
    return { url, store, faults, stats, reset, login, fetch: inProcessFetch(safeHandle, url), close: async () => {} };
  }

  const server = createServer((req, res) => void safeHandle(req, res));
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    store,
    faults,
    stats,
    reset,
    login,
    fetch: inProcessFetch(safeHandle, `http://${host}:${port}`),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
