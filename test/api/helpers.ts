// Shared by the API tests: fixtures as the real API sends them, an MSW server at the HTTP
// boundary, and a client whose retry waits are tiny so the suite stays fast.
import { setupServer } from 'msw/node';
import { AmoApiError, createAmoClient, createScheduler, type AmoClient } from '../../src/api/client';
import type { SchedulerOptions } from '../../src/api/client/scheduler';
import type { RetryPolicy } from '../../src/api/client/retry';

import { readFixture } from '../fixtures';
export const BASE = 'http://amo.test';

export function fixture(name: string): unknown {
  return readFixture(name);
}

export const server = setupServer();

export function startMsw(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

export const FAST_RETRY: Partial<RetryPolicy> = { baseDelayMs: 2, maxDelayMs: 10, default429DelayMs: 20 };

export function testClient(opts: { scheduler?: SchedulerOptions; retry?: Partial<RetryPolicy> } = {}): AmoClient {
  return createAmoClient({
    baseUrl: BASE,
    scheduler: createScheduler({ windowMs: 100, marginMs: 25, ...opts.scheduler }),
    retry: { ...FAST_RETRY, ...opts.retry },
  });
}

/** Records every request MSW sees, as `METHOD /path?query`. */
export function requestLog(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    seen.push(`${request.method} ${decodeURIComponent(url.pathname + url.search)}`);
  });
  afterEach(() => {
    seen.length = 0;
  });
  return seen;
}

/** The typed error a request failed with (anything else, or a success, fails the test). */
export async function failure(p: Promise<unknown>): Promise<AmoApiError> {
  const e: unknown = await p.then(
    () => new Error('expected a failure'),
    (err: unknown) => err,
  );
  if (!(e instanceof AmoApiError)) throw e;
  return e;
}
