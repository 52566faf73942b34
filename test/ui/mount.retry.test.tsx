// @vitest-environment jsdom
// The panel as the widget mounts it (its own query cache, the page's shared scheduler) under a
// 403 block and a 429 storm: React Query adds no retries on top of the transport's own.
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { mountPanel, type UnmountPanel } from '../../src/ui/mount';
import { testHost } from './testHost';

const BASE = 'http://amo.test';
const CARD = `${BASE}/api/v4/contacts/24000101`;
const msw = setupServer();
const seen: string[] = [];
let unmount: UnmountPanel | undefined;

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  msw.events.on('request:start', ({ request }) => void seen.push(request.url));
});
afterEach(() => {
  unmount?.();
  unmount = undefined;
  msw.events.removeAllListeners();
  msw.resetHandlers();
  seen.length = 0;
  document.body.replaceChildren();
});
afterAll(() => msw.close());

function mount(): void {
  const el = document.createElement('div');
  document.body.append(el);
  unmount = mountPanel(el, testHost({ apiBase: BASE, partnerId: 24000101 }));
}

describe('the mounted panel does not retry what the transport gave up on', () => {
  // First: the 403 below stops the page's shared scheduler for a second.
  it('a rate-limited card read is sent only as often as the transport tries it (6), not 4 × 6', async () => {
    msw.use(http.all(`${BASE}/api/v4/*`, () => HttpResponse.json({ status: 429, retry_after: 0.02 }, { status: 429 })));
    mount();
    expect(await screen.findByRole('alert', {}, { timeout: 30_000 })).toHaveTextContent('amoCRM просит подождать');
    // Let any retry React Query would schedule (its first waits 1 s) come due.
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen.filter((url) => url.startsWith(CARD)).length).toBeLessThanOrEqual(6);
  });

  it('one card read under a 403 block is sent exactly once, and the panel says until when', async () => {
    msw.use(http.all(`${BASE}/api/v4/*`, () => HttpResponse.json({ status: 403 }, { status: 403, headers: { 'Retry-After': '1' } })));
    mount();
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert).toHaveTextContent(/не отправляет запросы до \d\d:\d\d/);
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen.filter((url) => url.startsWith(CARD))).toHaveLength(1);
  });
});
