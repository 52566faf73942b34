// The panel against the real sandbox (its store, session cookie and API rules), with MSW at the
// HTTP boundary only to break chosen requests (a 500 on the link, a 429 on the removal, a lost session).
import { cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createAmoClient, createScheduler } from '../../src/api/client';
import { createQueryClient } from '../../src/api/hooks/queryClient';
import { moveStore } from '../../src/api/moves/moveStore';
import { PartnerPanel } from '../../src/ui/PartnerPanel';
import { createSandbox, type Sandbox } from '../../sandbox/server';
import { sandboxCookie } from '../../bench/session';
import type { Host, Lang, Theme } from '../../src/host';
import { testHost } from './testHost';
import { renderWidget } from './renderWidget';

export const msw = setupServer();
export let sandbox: Sandbox;
let cookie = '';
/** Query clients of the panels rendered in the current test, stopped when it ends. */
const liveQueryClients: QueryClient[] = [];

export function withSandboxWorld(): void {
  beforeAll(async () => {
    sandbox = await createSandbox({ port: 0 });
    cookie = await sandboxCookie(sandbox.url);
    msw.listen({ onUnhandledRequest: 'bypass' });
  });
  afterEach(async () => {
    // Unmount first: clearing the move store under a mounted panel re-renders it outside act(),
    // and a query still in flight would answer into a test that has ended.
    cleanup();
    for (const client of liveQueryClients.splice(0)) {
      await client.cancelQueries();
      client.clear();
    }
    msw.resetHandlers();
    sandbox.reset();
    moveStore.clear();
  });
  afterAll(async () => {
    msw.close();
    await sandbox.close();
  });
}

export function renderPanel(opts: { partnerId: number; lang?: Lang; theme?: Theme; host?: Partial<Host> }) {
  const host = { ...testHost({ apiBase: sandbox.url, ...opts }), ...opts.host };
  const client = createAmoClient({
    baseUrl: sandbox.url,
    headers: { Cookie: cookie },
    scheduler: createScheduler({ windowMs: 100, marginMs: 25 }),
    retry: { baseDelayMs: 2, maxDelayMs: 10, default429DelayMs: 20, max429Attempts: 2 },
  });
  const queryClient = createQueryClient();
  liveQueryClients.push(queryClient);
  const user = userEvent.setup();
  const view = renderWidget(<PartnerPanel />, { host, client, queryClient });
  return { host, user, view, client, queryClient };
}

/** Every PHONE value of a contact in the sandbox's store, as stored. */
export function storedPhones(contactId: number): string[] {
  const contact = sandbox.store.contacts.get(contactId);
  const field = contact?.custom_fields_values?.find((f) => f.field_code === 'PHONE');
  return (field?.values ?? []).map((v) => String(v.value));
}

/** Makes matching requests fail as if the network were down. */
export function cutNetwork(method: 'get' | 'post' | 'patch', path: string | RegExp): void {
  msw.use(http[method](path instanceof RegExp ? path : `${sandbox.url}${path}`, () => HttpResponse.error()));
}

/** Answers the next matching request with an error instead of letting it reach the sandbox. */
export function failNext(method: 'get' | 'post' | 'patch', path: string | RegExp, status: number, times = 1): void {
  let left = times;
  msw.use(
    http[method](path instanceof RegExp ? path : `${sandbox.url}${path}`, () => {
      if (left <= 0) return undefined;
      left -= 1;
      return HttpResponse.json(
        { title: 'Injected', status, detail: 'Injected by the test' },
        { status, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }),
  );
}
