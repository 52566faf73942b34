// A real sandbox on a random port, and a logged-in fetch against it.
import { createSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

export interface Session {
  sb: Sandbox;
  cookie: string;
  /** fetch with the session cookie; JSON bodies are serialised. */
  call(path: string, init?: { method?: string; body?: unknown; cookie?: string | null }): Promise<Response>;
  json<T = unknown>(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; body: T; res: Response }>;
}

export async function login(url: string, userId?: number): Promise<string> {
  const res = await fetch(`${url}/sandbox/login`, { method: 'POST', body: userId ? JSON.stringify({ user_id: userId }) : undefined });
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0] ?? '';
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Session> {
  const sb = await createSandbox(opts);
  const cookie = await login(sb.url);
  const call: Session['call'] = (path, init = {}) => {
    const headers: Record<string, string> = {};
    const c = init.cookie === undefined ? cookie : init.cookie;
    if (c) headers.cookie = c;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${sb.url}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  };
  return {
    sb,
    cookie,
    call,
    async json<T>(path: string, init?: { method?: string; body?: unknown }) {
      const res = await call(path, init);
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : null) as T, res };
    },
  };
}

export { FIXTURES_DIR as FIXTURES } from '../fixtures';
