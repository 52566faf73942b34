// 429 storms through the real scheduler against a server that limits like amoCRM: over the
// rate it answers 429 with retry_after; a client that keeps sending while told to wait gets
// the IP block (403 for everything). Time runs 10× faster: 7 requests per 100 ms.
import { http, HttpResponse } from 'msw';
import { server, testClient, startMsw } from './helpers';

startMsw();

interface Limiter {
  ok: number;
  tooMany: number;
  blocked: number;
  /** Most requests the server saw inside any one window. */
  peak: number;
}

function limitedNotes(opts: { windowMs: number; max: number; retryAfterS: number; headerOnly?: boolean }): Limiter {
  const stats: Limiter = { ok: 0, tooMany: 0, blocked: 0, peak: 0 };
  const arrivals: number[] = [];
  let waitUntil = 0;
  let violations = 0;
  server.use(
    http.get('http://amo.test/api/v4/leads/notes', ({ request }) => {
      const now = performance.now();
      // Sending while told to wait is what gets an IP blocked.
      if (now < waitUntil) violations += 1;
      if (violations >= 3) {
        stats.blocked += 1;
        return HttpResponse.json({ status: 403, title: 'Forbidden' }, { status: 403 });
      }
      while (arrivals.length > 0 && arrivals[0]! <= now - opts.windowMs) arrivals.shift();
      if (arrivals.length >= opts.max) {
        stats.tooMany += 1;
        waitUntil = now + opts.retryAfterS * 1000;
        return opts.headerOnly
          ? new HttpResponse('Too Many Requests', { status: 429, headers: { 'Retry-After': String(opts.retryAfterS) } })
          : HttpResponse.json({ status: 429, retry_after: opts.retryAfterS }, { status: 429 });
      }
      arrivals.push(now);
      stats.peak = Math.max(stats.peak, arrivals.length);
      stats.ok += 1;
      const id = Number(new URL(request.url).searchParams.get('filter[entity_id][]'));
      return HttpResponse.json({
        _embedded: { notes: [{ id, entity_id: id, created_at: 1, note_type: 'call_in', params: { phone: '+79211234567' } }] },
      });
    }),
  );
  return stats;
}

const loadNotesOfDeals = (client: ReturnType<typeof testClient>, count: number) =>
  Promise.all(Array.from({ length: count }, (_, i) => client.getNotes('leads', [31500000 + i])));

describe('rate limit', () => {
  it('the scheduler keeps under the limit: 40 requests, no 429 at all', async () => {
    const stats = limitedNotes({ windowMs: 100, max: 7, retryAfterS: 0.1 });
    const results = await loadNotesOfDeals(testClient(), 40);
    expect(results.flat()).toHaveLength(40);
    expect(stats).toMatchObject({ ok: 40, tooMany: 0, blocked: 0 });
    expect(stats.peak).toBeLessThanOrEqual(7);
  });

  it('a 429 storm (client allowed too much) ends with every answer and never reaches the 403 block', async () => {
    const stats = limitedNotes({ windowMs: 100, max: 7, retryAfterS: 0.1 });
    const client = testClient({ scheduler: { maxPerWindow: 30, maxInFlight: 1 } });
    const results = await loadNotesOfDeals(client, 40);
    expect(
      results
        .flat()
        .map((n) => n.entity_id)
        .sort(),
    ).toEqual(Array.from({ length: 40 }, (_, i) => 31500000 + i));
    expect(stats.tooMany).toBeGreaterThan(0);
    expect(stats.blocked).toBe(0);
  });

  it('honours a Retry-After header on a non-JSON 429 body', async () => {
    const stats = limitedNotes({ windowMs: 100, max: 3, retryAfterS: 0.05, headerOnly: true });
    const client = testClient({ scheduler: { maxPerWindow: 20, maxInFlight: 1 } });
    expect((await loadNotesOfDeals(client, 8)).flat()).toHaveLength(8);
    expect(stats.tooMany).toBeGreaterThan(0);
    expect(stats.blocked).toBe(0);
  });

  it('gives up as rate-limited when the server asks for a wait longer than the user can sit out', async () => {
    server.use(http.get('http://amo.test/api/v4/account', () => HttpResponse.json({ status: 429, retry_after: 300 }, { status: 429 })));
    await expect(testClient().getAccount()).rejects.toMatchObject({ problem: { kind: 'rate-limited', retryAfterMs: 300_000 } });
  });
});
