// The transport: every amoCRM request goes through here — through the shared scheduler,
// with retries (see retry.ts for the rule), a timeout on every attempt, typed errors, and zod
// parsing of every answer. A 403 stops the whole queue (scheduler.ts) and says until when.
import type { z } from 'zod/mini';
import { AmoApiError, badAnswer, problemFromResponse } from './errors';
import { buildQuery, type QueryParams } from './query';
import { attemptSignal, backoffMs, defaultRetryPolicy, retryAfterMs, sleep, type RetryPolicy } from './retry';
import { abortError, createScheduler, SchedulerStoppedError, type Priority, type Scheduler } from './scheduler';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpOptions {
  /** '' in amoCRM (same origin); the sandbox or a test server elsewhere. */
  baseUrl: string;
  fetch?: FetchLike;
  /** Extra headers, e.g. the sandbox session cookie in Node. */
  headers?: Record<string, string>;
  scheduler?: Scheduler;
  retry?: Partial<RetryPolicy>;
  /** Reports the browser being offline, to fail fast instead of retrying. */
  isOnline?: () => boolean;
}

export interface RequestSpec<T> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** `/api/v4/...`, or an absolute `_links.next` href (only its path and query are used). */
  path: string;
  query?: QueryParams;
  body?: unknown;
  schema: z.ZodMiniType<T>;
  priority?: Priority;
  signal?: AbortSignal;
}

export interface Http {
  /** The parsed answer, or null for 204 No Content. */
  request<T>(spec: RequestSpec<T>): Promise<T | null>;
  readonly scheduler: Scheduler;
}

/** A request refused without sending: the queue is stopped by a block or a long 429 wait. */
function stoppedError(e: SchedulerStoppedError, endpoint: string): AmoApiError {
  return e.reason === 'forbidden'
    ? new AmoApiError({ kind: 'forbidden', endpoint, retryAt: e.until })
    : new AmoApiError({ kind: 'rate-limited', endpoint, retryAfterMs: Math.max(0, e.until - Date.now()), retryAt: e.until });
}

function pathOf(path: string): string {
  if (!/^https?:\/\//.test(path)) return path;
  const url = new URL(path);
  return url.pathname + url.search;
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // a non-JSON 429 or proxy error page
  }
}

export function createHttp(options: HttpOptions): Http {
  const baseUrl = options.baseUrl.replace(/\/$/, '');
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const scheduler = options.scheduler ?? createScheduler();
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);

  async function request<T>(spec: RequestSpec<T>): Promise<T | null> {
    const relative = pathOf(spec.path) + buildQuery(spec.query);
    const endpoint = `${spec.method} ${relative.split('?')[0] ?? relative}`;
    const write = spec.method !== 'GET';
    const init: RequestInit = {
      method: spec.method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/hal+json, application/json',
        'X-Requested-With': 'XMLHttpRequest',
        ...(spec.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
    };

    let failures = 0;
    let limited = 0;
    // Retries jump the queue: the user is already waiting for them.
    let priority: Priority = spec.priority ?? 'interactive';
    for (;;) {
      if (!isOnline()) throw new AmoApiError({ kind: 'offline', endpoint, write: false });
      let res: Response;
      let body: unknown;
      let askedWait: number | undefined;
      let timedOut = false;
      try {
        ({ res, body, askedWait } = await scheduler.run(
          async () => {
            // The clock starts when the request is sent, not while it waits in the queue.
            const attempt = attemptSignal(write ? policy.writeTimeoutMs : policy.readTimeoutMs, spec.signal);
            try {
              const answer = await doFetch(baseUrl + relative, { ...init, signal: attempt.signal });
              const content = answer.status === 204 ? undefined : await readBody(answer);
              const wait = retryAfterMs(answer.headers, content, Date.now());
              // Paused (or stopped) before this request lets go of its slot, so no queued request
              // slips out between the answer arriving and the queue stopping.
              if (answer.status === 429 || (answer.status === 503 && wait !== undefined)) {
                scheduler.pauseFor(wait ?? policy.default429DelayMs * 2 ** limited);
              }
              if (answer.status === 403) scheduler.stopFor(wait ?? policy.forbiddenWaitMs, 'forbidden');
              return { res: answer, body: content, askedWait: wait };
            } finally {
              timedOut = attempt.timedOut();
              attempt.done();
            }
          },
          { priority, ...(spec.signal ? { signal: spec.signal } : {}) },
        ));
      } catch (e) {
        if (spec.signal?.aborted) throw abortError(spec.signal);
        if (e instanceof SchedulerStoppedError) throw stoppedError(e, endpoint);
        failures += 1;
        // A write that was sent and not answered may have been applied: never sent twice blindly.
        if (write || failures >= policy.maxAttempts || !isOnline()) {
          throw new AmoApiError({ kind: 'offline', endpoint, write, ...(timedOut ? { timedOut } : {}) });
        }
        await sleep(backoffMs(policy, failures), spec.signal);
        priority = 'interactive';
        continue;
      }

      if (res.status === 204) return null;
      if (res.ok) {
        const parsed = spec.schema.safeParse(body);
        if (!parsed.success) throw badAnswer(endpoint, parsed.error);
        return parsed.data;
      }

      if (res.status === 429 || (res.status === 503 && askedWait !== undefined)) {
        // The whole queue is already paused (above): sending into a 429 leads to the 403 block.
        const wait = askedWait ?? policy.default429DelayMs * 2 ** limited;
        limited += 1;
        if (wait > policy.maxRetryAfterMs) {
          // Longer than anyone sits out: the queue stops for that long, so later requests fail
          // at once as rate-limited instead of hanging for minutes.
          scheduler.stopFor(wait, 'rate-limited');
        }
        if (wait > policy.maxRetryAfterMs || limited >= policy.max429Attempts) {
          throw new AmoApiError({ kind: 'rate-limited', endpoint, retryAfterMs: wait, retryAt: Date.now() + wait });
        }
        priority = 'interactive';
        continue;
      }
      if (res.status >= 500 && !write) {
        failures += 1;
        if (failures < policy.maxAttempts) {
          await sleep(backoffMs(policy, failures), spec.signal);
          priority = 'interactive';
          continue;
        }
      }
      const problem = problemFromResponse(res.status, endpoint, body, write);
      const halt = scheduler.stopped();
      if (problem.kind === 'forbidden' && halt) throw new AmoApiError({ ...problem, retryAt: halt.until });
      throw new AmoApiError(problem);
    }
  }

  return { request, scheduler };
}
