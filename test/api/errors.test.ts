// Each failure amoCRM can give reaches the caller as a typed error the UI can explain.
import { http, HttpResponse } from 'msw';
import { errorI18nKey } from '../../src/api/client';
import { failure, fixture, requestLog, server, testClient, startMsw } from './helpers';

startMsw();
const seen = requestLog();

const CARD = 'http://amo.test/api/v4/contacts/24000101';
const problem = (name: string, status: number) => () => HttpResponse.json(fixture(name) as Record<string, unknown>, { status });

describe('typed errors', () => {
  it.each([
    [401, 'error_401.json', 'session-lost'],
    [402, 'error_402.json', 'payment-required'],
    [404, 'error_404.json', 'not-found'],
  ] as const)('%i is %s', async (status, file, kind) => {
    server.use(http.get('http://amo.test/api/v4/account', problem(file, status)));
    const e = await failure(testClient().getAccount());
    expect(e.problem.kind).toBe(kind);
    expect(errorI18nKey(e)).toBe(`errors.${kind}`);
    expect(seen).toHaveLength(1);
  });

  it('403 (no rights, or the IP block) is forbidden and is not retried', async () => {
    server.use(
      http.get('http://amo.test/api/v4/account', () =>
        HttpResponse.json({ title: 'Forbidden', status: 403, detail: 'IP blocked' }, { status: 403 }),
      ),
    );
    const e = await failure(testClient().getAccount());
    expect(e.problem).toMatchObject({ kind: 'forbidden', detail: 'IP blocked' });
    expect(seen).toHaveLength(1);
  });

  it('a missing contact (204) reads as null, and so does a 404', async () => {
    server.use(http.get(CARD, () => new HttpResponse(null, { status: 204 })));
    expect(await testClient().getContact(24000101)).toBeNull();
    server.use(http.get(CARD, problem('error_404.json', 404)));
    expect(await testClient().getContact(24000101)).toBeNull();
  });

  it('400 validation errors name the batch item, the field path and the code', async () => {
    server.use(http.post('http://amo.test/api/v4/contacts', problem('error_validation_400.json', 400)));
    const e = await failure(testClient().createContacts([{ name: 'Клиент' }]));
    expect(e.problem.kind).toBe('validation');
    expect(e.problem.kind === 'validation' && e.problem.fields).toEqual([
      {
        requestId: '0',
        path: 'custom_fields_values.0.field_id',
        code: 'NotSupportedChoice',
        detail: 'The value you selected is not a valid choice.',
      },
      { requestId: '0', path: 'custom_fields_values.3.values.0.value', code: 'InvalidType', detail: 'This value should be of type int.' },
    ]);
  });

  it('a read failing with 5xx is retried, then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get('http://amo.test/api/v4/account', () =>
        ++calls < 3
          ? new HttpResponse('Bad Gateway', { status: 502 })
          : HttpResponse.json(fixture('account.json') as Record<string, unknown>),
      ),
    );
    expect((await testClient().getAccount()).id).toBe(31234567);
    expect(seen).toHaveLength(3);
  });

  it('a read failing with 5xx every time ends as a server error after a bounded number of tries', async () => {
    server.use(http.get('http://amo.test/api/v4/account', () => new HttpResponse(null, { status: 500 })));
    const e = await failure(testClient({ retry: { maxAttempts: 3 } }).getAccount());
    expect(e.problem).toMatchObject({ kind: 'server', status: 500, write: false });
    expect(seen).toHaveLength(3);
  });

  it('a create failing with 500 is sent once: it may have been applied, so it is not repeated', async () => {
    server.use(http.post('http://amo.test/api/v4/contacts', () => new HttpResponse(null, { status: 500 })));
    const e = await failure(testClient().createContacts([{ name: 'Купчинская 4-3-22' }]));
    expect(e.problem).toMatchObject({ kind: 'server', write: true });
    expect(seen).toEqual(['POST /api/v4/contacts']);
  });

  it('a create that fails on the network is sent once and reported as offline, possibly applied', async () => {
    server.use(http.post('http://amo.test/api/v4/contacts', () => HttpResponse.error()));
    const e = await failure(testClient().createContacts([{ name: 'Купчинская 4-3-22' }]));
    expect(e.problem).toMatchObject({ kind: 'offline', write: true });
    expect(seen).toEqual(['POST /api/v4/contacts']);
  });

  it('a patch answered 429 is retried (amoCRM rejected it before applying) and saved once', async () => {
    let calls = 0;
    server.use(
      http.patch(CARD, () =>
        ++calls === 1
          ? HttpResponse.json({ status: 429, retry_after: 0.02 }, { status: 429 })
          : HttpResponse.json(fixture('contacts_patch_response.json') as Record<string, unknown>),
      ),
    );
    expect((await testClient().patchContact(24000101, { name: 'x' })).id).toBe(24000101);
    expect(seen).toHaveLength(2);
  });

  it('a network failure on a read is retried, then reported as offline', async () => {
    server.use(http.get('http://amo.test/api/v4/account', () => HttpResponse.error()));
    const e = await failure(testClient({ retry: { maxAttempts: 2 } }).getAccount());
    expect(e.problem.kind).toBe('offline');
    expect(seen).toHaveLength(2);
  });

  it('a browser that says it is offline fails at once without sending', async () => {
    const { createAmoClient } = await import('../../src/api/client');
    const client = createAmoClient({ baseUrl: 'http://amo.test', isOnline: () => false });
    expect((await failure(client.getAccount())).problem.kind).toBe('offline');
    expect(seen).toHaveLength(0);
  });

  it('a malformed answer is a bad-answer error naming the endpoint and the bad field', async () => {
    const broken = fixture('leads_batch.json') as { _embedded: { leads: Array<Record<string, unknown>> } };
    broken._embedded.leads[1]!.status_id = 'won';
    server.use(http.get('http://amo.test/api/v4/leads', () => HttpResponse.json(broken)));
    const e = await failure(testClient().getLeadsByIds([31500101, 31500102]));
    expect(e.problem).toMatchObject({ kind: 'bad-answer', endpoint: 'GET /api/v4/leads', path: '_embedded.leads.1.status_id' });
    expect(e.message).toContain('_embedded.leads.1.status_id');
  });

  it('an aborted read stops without an API error', async () => {
    server.use(
      http.get('http://amo.test/api/v4/account', async () => {
        await new Promise((r) => setTimeout(r, 200));
        return HttpResponse.json(fixture('account.json') as Record<string, unknown>);
      }),
    );
    const controller = new AbortController();
    const p = testClient().getAccount({ signal: controller.signal });
    controller.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});
