// The transport under amoCRM's worst answers: a 403 block stops every request of the widget (no
// request is sent into the block, and the manager is told until when), a wait too long to sit out
// is reported as rate-limited, and a request that never gets an answer lets go of its slot.
import { http, HttpResponse } from 'msw';
import { AmoApiError, createAmoClient, createScheduler } from '../../src/api/client';
import { errorMessage } from '../../src/ui/errorMessage';
import { testHost } from '../ui/testHost';
import { BASE, failure, requestLog, server, startMsw, testClient } from './helpers';

startMsw();
const seen = requestLog();

const CARD = 'http://amo.test/api/v4/contacts/:id';
const card = (id: number) => ({ id, name: `Карточка ${id}`, updated_at: 1736948530, custom_fields_values: null, _embedded: {} });

describe('a 403 block', () => {
  it('stops every queued and later request at once, says until when, and lets requests flow after it', async () => {
    let blocked = true;
    server.use(
      http.get(CARD, ({ params }) =>
        blocked
          ? HttpResponse.json({ title: 'Forbidden', status: 403, detail: 'blocked' }, { status: 403 })
          : HttpResponse.json(card(Number(params.id))),
      ),
    );
    // One request at a time, as a bulk move sends them: 5 cards queued behind the first.
    // The queue's clock is the test's: the block ends when the test says so, however slow the machine.
    let clock = Date.now();
    const client = testClient({ scheduler: { maxInFlight: 1, now: () => clock }, retry: { forbiddenWaitMs: 60_000 } });
    const before = clock;
    const errors = await Promise.all([1, 2, 3, 4, 5].map((id) => failure(client.getContact(id))));
    expect(seen).toHaveLength(1);
    expect(errors.map((e) => e.problem.kind)).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden']);
    for (const e of errors) {
      expect(e.problem).toMatchObject({ retryAt: expect.any(Number) });
      const retryAt = (e.problem as { retryAt: number }).retryAt;
      expect(retryAt).toBeGreaterThanOrEqual(before + 60_000);
    }

    // A request made later during the block is refused too, without reaching the server.
    expect((await failure(client.getContact(6))).problem.kind).toBe('forbidden');
    expect(seen).toHaveLength(1);

    blocked = false;
    clock += 61_000;
    expect(await client.getContact(7)).toMatchObject({ id: 7 });
    expect(seen).toHaveLength(2);
  });

  it('holds for as long as Retry-After asks', async () => {
    server.use(http.get(CARD, () => HttpResponse.json({ status: 403 }, { status: 403, headers: { 'Retry-After': '120' } })));
    const before = Date.now();
    const e = await failure(testClient().getContact(1));
    expect((e.problem as { retryAt: number }).retryAt).toBeGreaterThanOrEqual(before + 120_000);
  });

  it('tells the manager, in Russian and in English, that requests are stopped and until what time', async () => {
    server.use(http.get(CARD, () => HttpResponse.json({ status: 403 }, { status: 403, headers: { 'Retry-After': '600' } })));
    const e = await failure(testClient().getContact(1));
    const ru = errorMessage(testHost({ apiBase: '', partnerId: 1, lang: 'ru' }), e);
    const en = errorMessage(testHost({ apiBase: '', partnerId: 1, lang: 'en' }), e);
    expect(ru.advice).toMatch(/не отправляет запросы до \d\d:\d\d/);
    expect(en.advice).toMatch(/sends no requests until \d\d:\d\d/);
  });
});

describe('giving up on 429s', () => {
  it('reports rate-limited, not forbidden, and later requests fail at once instead of hanging for the wait', async () => {
    server.use(http.get(CARD, () => HttpResponse.json({ status: 429, retry_after: 300 }, { status: 429 })));
    const client = testClient();
    const first = await failure(client.getContact(1));
    expect(first.problem).toMatchObject({ kind: 'rate-limited', retryAfterMs: 300_000 });
    const later = await failure(client.getContact(2));
    expect(later.problem.kind).toBe('rate-limited');
    expect(seen).toHaveLength(1);
    const host = testHost({ apiBase: '', partnerId: 1, lang: 'ru' });
    expect(errorMessage(host, later).title).not.toBe(errorMessage(host, new AmoApiError({ kind: 'forbidden', endpoint: 'x' })).title);
    expect(errorMessage(host, later).advice).toMatch(/до \d\d:\d\d/);
  });
});

describe('a request timeout', () => {
  it('four requests that never get an answer no longer stop the widget', async () => {
    server.use(
      http.get('http://amo.test/api/v4/contacts/666', () => new Promise<never>(() => {})),
      http.get(CARD, ({ params }) => HttpResponse.json(card(Number(params.id)))),
    );
    // One queue (four in flight at most); only the hung reads have a short timeout, so the good
    // read's outcome does not depend on how fast this machine answers it.
    const scheduler = createScheduler({ windowMs: 100, marginMs: 25 });
    const hungClient = createAmoClient({ baseUrl: BASE, scheduler, retry: { readTimeoutMs: 300, maxAttempts: 1 } });
    const client = createAmoClient({ baseUrl: BASE, scheduler });
    const hung = [1, 2, 3, 4].map(() => failure(hungClient.getContact(666)));
    // Without a timeout this read would wait forever behind the four.
    expect(await client.getContact(7)).toMatchObject({ id: 7 });
    for (const e of await Promise.all(hung)) expect(e.problem).toMatchObject({ kind: 'offline', write: false, timedOut: true });
  });

  it('a write with no answer is an unknown outcome: sent once, never repeated', async () => {
    let posts = 0;
    server.use(
      http.patch(CARD, () => {
        posts += 1;
        return new Promise<never>(() => {});
      }),
    );
    const client = testClient({ retry: { writeTimeoutMs: 300 } });
    const e = await failure(client.patchContact(1, { name: 'Новое имя' }));
    expect(e.problem).toMatchObject({ kind: 'offline', write: true, timedOut: true });
    expect(posts).toBe(1);
    const text = errorMessage(testHost({ apiBase: '', partnerId: 1, lang: 'en' }), e);
    expect(text.title).toBe('amoCRM did not answer in time.');
  });

  it('counts from the moment a request is sent, not while it waits in the queue', async () => {
    server.use(http.get(CARD, ({ params }) => HttpResponse.json(card(Number(params.id)))));
    const client = testClient({ retry: { readTimeoutMs: 1500, maxAttempts: 1 } });
    client.scheduler.pauseFor(2500); // as after a 429 that asked for 2.5 s
    expect(await client.getContact(8)).toMatchObject({ id: 8 });
  });
});
