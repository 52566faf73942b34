// The amoCRM page's session cookie: widget code is authorised by it alone, never by a token.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'session';

export function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export class Sessions {
  private readonly users = new Map<string, number>();

  /** The logged-in user of this request, or undefined. */
  userOf(req: IncomingMessage): number | undefined {
    const token = cookieOf(req, SESSION_COOKIE);
    return token === undefined ? undefined : this.users.get(token);
  }

  login(res: ServerResponse, userId: number): string {
    const token = randomUUID();
    this.users.set(token, userId);
    res.appendHeader('Set-Cookie', `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax`);
    return token;
  }

  logout(req: IncomingMessage, res: ServerResponse): void {
    const token = cookieOf(req, SESSION_COOKIE);
    if (token !== undefined) this.users.delete(token);
    res.appendHeader('Set-Cookie', `${SESSION_COOKIE}=; Path=/; Max-Age=0`);
  }
}
