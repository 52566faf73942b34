// Fault modes a widget must survive: latency, the 7 rps limit (429 + Retry-After), the temporary
// 403 block, a seeded share of 5xx, a lost session; and the control endpoints that set them.
import * as s from '../../src/api/schemas';
import { parseFaultArgs } from '../../sandbox/server';
import { startSandbox, type Session } from './helpers';

let api: Session;
// The rate limiter reads this hand-moved clock: a burst is "within one second" however slow the machine.
let clock = 1_700_000_000_000;
beforeAll(async () => {
  api = await startSandbox({ now: () => clock });
});
afterAll(() => api.sb.close());
beforeEach(() => {
  api.sb.reset();
  clock += 60_000;
});

/** Fires n requests at once, returns their statuses in order. */
async function burst(n: number, path = '/api/v4/account'): Promise<Response[]> {
  return Promise.all(Array.from({ length: n }, () => api.call(path)));
}

describe('latency', () => {
  it('holds answers back by the configured latency and logs it', async () => {
    api.sb.faults.set({ latencyMs: 120 });
    const started = Date.now();
    expect((await api.call('/api/v4/account')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(api.sb.stats.log.at(-1)).toMatchObject({ path: '/api/v4/account', status: 200, latencyMs: 120 });
  });

  it('a slow API answer arrives after a control answer sent later', async () => {
    api.sb.faults.set({ latencyMs: 400 });
    const order: string[] = [];
    const slow = api.call('/api/v4/account').then(() => order.push('api'));
    const fast = fetch(`${api.sb.url}/sandbox/control`).then(() => order.push('control'));
    await Promise.all([slow, fast]);
    expect(order).toEqual(['control', 'api']);
  });
});

describe('rate limit', () => {
  it('answers 429 with retry_after and Retry-After past 7 requests a second', async () => {
    api.sb.faults.set({ rateLimit: true });
    const answers = await burst(10);
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((st) => st === 200)).toHaveLength(7);
    expect(statuses.filter((st) => st === 429)).toHaveLength(3);
    const limited = answers.find((r) => r.status === 429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = s.problemSchema.parse(await limited?.json());
    expect(body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect(body.retry_after).toBeGreaterThanOrEqual(1);
    clock += 1000; // a second later the window has room again
    expect((await api.call('/api/v4/account')).status).toBe(200);
    expect((await fetch(`${api.sb.url}/sandbox/stats`).then((r) => r.json())) as unknown).toMatchObject({ rateLimited: 3 });
  });

  it('a client that keeps going is blocked with 403 for a while, then served again', async () => {
    api.sb.faults.set({ rateLimit: true, rps: 2, blockAfter429s: 3, blockMs: 5000 });
    const statuses = (await burst(5)).map((r) => r.status);
    expect(statuses.filter((st) => st === 429)).toHaveLength(3);
    const blocked = await api.call('/api/v4/account');
    expect(blocked.status).toBe(403);
    expect(s.problemSchema.parse(await blocked.json())).toMatchObject({ status: 403 });
    clock += 4000;
    expect((await api.call('/api/v4/account')).status).toBe(403);
    clock += 1001;
    expect((await api.call('/api/v4/account')).status).toBe(200);
  });

  it('counts clients apart: another session is not limited by the first', async () => {
    api.sb.faults.set({ rateLimit: true, rps: 3 });
    await burst(5);
    const other = await fetch(`${api.sb.url}/sandbox/login`, { method: 'POST' });
    const cookie = (other.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await api.call('/api/v4/account', { cookie })).status).toBe(200);
  });
});

describe('server errors', () => {
  async function sequence(seed: number, n: number): Promise<number[]> {
    api.sb.faults.set({ errorRate: 0.3, seed });
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await api.call('/api/v4/account')).status);
    return out;
  }

  it('answers a seeded share of requests with 500/502/504 problem+json, the same on every run', async () => {
    const first = await sequence(7, 60);
    const again = await sequence(7, 60);
    expect(again).toEqual(first);
    const errors = first.filter((st) => st >= 500);
    expect(errors.length).toBeGreaterThan(8);
    expect(errors.length).toBeLessThan(30);
    expect(new Set(errors).size).toBeGreaterThan(1);
    expect(errors.every((st) => [500, 502, 504].includes(st))).toBe(true);
    expect(await sequence(8, 60)).not.toEqual(first);
  });
});

describe('session lost', () => {
  it('answers every API call 401 until switched off', async () => {
    api.sb.faults.set({ sessionLost: true });
    expect((await api.call('/api/v4/contacts/24000101')).status).toBe(401);
    api.sb.faults.set({ sessionLost: false });
    expect((await api.call('/api/v4/contacts/24000101')).status).toBe(200);
  });
});

describe('host page reads', () => {
  // The host page plays amoCRM's own card UI: its reads must not eat the widget's 7 rps or draw faults.
  const hostRead = (path: string, cookie: string | null = api.cookie) =>
    fetch(`${api.sb.url}${path}`, { headers: { 'X-Sandbox-Host-Page': '1', ...(cookie ? { cookie } : {}) } });

  it('skip the rate limit, injected errors and stats, while the same requests without the header are refused', async () => {
    api.sb.faults.set({ rateLimit: true, errorRate: 1 });
    const hosted = await Promise.all(Array.from({ length: 12 }, () => hostRead('/api/v4/contacts/24000109?with=leads')));
    expect(hosted.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(api.sb.stats.requests).toBe(0);
    const plain = (await burst(10, '/api/v4/contacts/24000109?with=leads')).map((r) => r.status);
    expect(plain.filter((st) => st === 429)).toHaveLength(3);
    expect(plain.filter((st) => st >= 500)).toHaveLength(7);
    expect(api.sb.stats.requests).toBe(10);
  });

  it('still need the session', async () => {
    expect((await hostRead('/api/v4/account', null)).status).toBe(401);
    api.sb.faults.set({ sessionLost: true });
    expect((await hostRead('/api/v4/account')).status).toBe(401);
  });
});

describe('control endpoints', () => {
  it('reads and sets faults over HTTP without a session, and rejects unknown settings', async () => {
    const set = await fetch(`${api.sb.url}/sandbox/control`, { method: 'POST', body: JSON.stringify({ sessionLost: true, latencyMs: 5 }) });
    expect(await set.json()).toMatchObject({ sessionLost: true, latencyMs: 5, rps: 7 });
    expect(await fetch(`${api.sb.url}/sandbox/control`).then((r) => r.json())).toMatchObject({ sessionLost: true });
    expect((await api.call('/api/v4/account')).status).toBe(401);
    expect((await fetch(`${api.sb.url}/sandbox/control`, { method: 'POST', body: JSON.stringify({ explode: true }) })).status).toBe(400);
  });

  it('reset restores the demo data and clears faults and stats', async () => {
    await api.json('/api/v4/contacts/24000101', { method: 'PATCH', body: { name: 'Изменён' } });
    api.sb.faults.set({ latencyMs: 10 });
    expect((await fetch(`${api.sb.url}/sandbox/reset`, { method: 'POST' })).status).toBe(200);
    expect(api.sb.faults.get().latencyMs).toBe(0);
    expect(api.sb.stats.requests).toBe(0);
    const { body } = await api.json<{ name: string }>('/api/v4/contacts/24000101');
    expect(body.name).toBe('Кузнецов Сергей прораб');
  });

  it('dumps a stored contact for end-to-end assertions', async () => {
    const dump = await fetch(`${api.sb.url}/sandbox/store/contacts/24000104`).then((r) => r.json());
    expect(dump).toMatchObject({ id: 24000104, name: 'Загребский 33-118', _embedded: { leads: [{ id: 31500101 }] } });
    const found = (await fetch(`${api.sb.url}/sandbox/store/contacts?query=9052223344`).then((r) => r.json())) as Array<{ id: number }>;
    expect(found.map((c) => c.id)).toEqual([24000101]);
  });

  it('parses the fault flags start.ts passes through', () => {
    expect(
      parseFaultArgs(['--latency=100', '--rate-limit', '--error-rate=0.2', '--session-lost', '--block-after=20', '--port=5173']),
    ).toEqual({
      latencyMs: 100,
      rateLimit: true,
      errorRate: 0.2,
      sessionLost: true,
      blockAfter429s: 20,
    });
    expect(() => parseFaultArgs(['--error-rate=2'])).toThrow();
  });
});
