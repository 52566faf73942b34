// HTTP plumbing shared by the sandbox routes: JSON/HAL answers, problem+json errors, bodies, PHP-style queries.
import type { IncomingMessage, ServerResponse } from 'node:http';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  504: 'Gateway Timeout',
};

export function origin(req: IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, contentType = 'application/hal+json'): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': `${contentType}; charset=utf-8`, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Empty lists, filters without a match, missing single entities and unlinks all answer 204. */
export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}

export interface ProblemExtra {
  detail?: string;
  headers?: Record<string, string>;
  fields?: Record<string, unknown>;
}

export function sendProblem(res: ServerResponse, status: number, extra: ProblemExtra = {}): void {
  const title = TITLES[status] ?? 'Error';
  const body = { title, type: `https://httpstatus.es/${status}`, status, detail: extra.detail ?? title, ...extra.fields };
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...extra.headers,
  });
  res.end(text);
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; detail: string };

export async function readJsonBody(req: IncomingMessage, maxBytes = 5_000_000): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > maxBytes) return { ok: false, detail: 'Request body is too large' };
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return { ok: false, detail: 'Request body must not be blank' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, detail: 'Request body must be valid JSON' };
  }
}

/** Query string with PHP-style arrays: `filter[id][]=1&filter[id][]=2`, `filter[id][0]=1`, `filter[id]=1`. */
export class Query {
  constructor(readonly params: URLSearchParams) {}

  one(name: string): string | undefined {
    return this.params.get(name) ?? undefined;
  }

  list(name: string): string[] {
    const out: string[] = [];
    for (const [key, value] of this.params) {
      if (key === name || key === `${name}[]` || (key.startsWith(`${name}[`) && /^\[\d+\]$/.test(key.slice(name.length)))) {
        out.push(
          ...value
            .split(',')
            .map((v) => v.trim())
            .filter((v) => v !== ''),
        );
      }
    }
    return out;
  }

  ints(name: string): number[] {
    return this.list(name).map(Number).filter(Number.isInteger);
  }

  /** `with=leads,catalog_elements` as a set. */
  withSet(): Set<string> {
    return new Set(this.list('with'));
  }
}
