// Calls the sandbox's own request handler without a socket: the same routes, schemas, session
// and faults, at the speed of a function call. Property tests run thousands of moves this way.
import { EventEmitter } from 'node:events';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

export type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** A response that collects what the handler writes. */
class CollectingResponse extends EventEmitter {
  statusCode = 200;
  headersSent = false;
  headers = new Headers();
  body = '';
  readonly done: Promise<void>;
  private finish!: () => void;

  constructor() {
    super();
    this.done = new Promise((ok) => (this.finish = ok));
  }

  writeHead(status: number, headers: OutgoingHttpHeaders = {}): this {
    this.statusCode = status;
    for (const [k, v] of Object.entries(headers)) if (v !== undefined) this.headers.set(k, String(v));
    this.headersSent = true;
    return this;
  }

  appendHeader(name: string, value: string): this {
    this.headers.append(name, value);
    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers.set(name, value);
    return this;
  }

  end(chunk?: string | Buffer): this {
    if (chunk !== undefined) this.body += chunk.toString();
    this.headersSent = true;
    this.emit('finish');
    this.finish();
    return this;
  }

  destroy(): this {
    this.finish();
    return this;
  }
}

/** A response whose writes go nowhere: the handler runs, its answer is thrown away. */
export function discardingResponse(): ServerResponse {
  return new CollectingResponse() as unknown as ServerResponse;
}

export function inProcessFetch(handle: Handle, origin: string): (input: string, init?: RequestInit) => Promise<Response> {
  return async (input, init = {}) => {
    const url = new URL(input, origin);
    const body = typeof init.body === 'string' ? [Buffer.from(init.body)] : [];
    const req = Readable.from(body) as unknown as IncomingMessage;
    const headers: Record<string, string> = { host: url.host };
    new Headers(init.headers).forEach((v, k) => (headers[k] = v));
    Object.assign(req, {
      method: (init.method ?? 'GET').toUpperCase(),
      url: url.pathname + url.search,
      headers,
      socket: { remoteAddress: '127.0.0.1' },
    });
    const res = new CollectingResponse();
    await handle(req, res as unknown as ServerResponse);
    await res.done;
    const empty = res.statusCode === 204 || res.body === '';
    return new Response(empty ? null : res.body, { status: res.statusCode, headers: res.headers });
  };
}
