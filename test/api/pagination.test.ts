// HAL paging: `_links.next` followed to the end, 204 as an empty list, ids batched per request.
import { http, HttpResponse } from 'msw';
import { requestLog, server, testClient, startMsw } from './helpers';

startMsw();
const seen = requestLog();

const note = (id: number, entityId: number) => ({
  id,
  entity_id: entityId,
  created_at: 1,
  note_type: 'call_out',
  params: { phone: '8 921 123-45-67' },
});

describe('pagination and batching', () => {
  it('follows _links.next (absolute amoCRM hrefs) until it is absent', async () => {
    server.use(
      http.get('http://amo.test/api/v4/leads/notes', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
        return HttpResponse.json({
          _page: page,
          _links:
            page < 3
              ? { next: { href: `https://remont-spb.amocrm.ru/api/v4/leads/notes?filter[entity_id][]=1&page=${page + 1}&limit=250` } }
              : {},
          _embedded: { notes: [note(page * 10, 1), note(page * 10 + 1, 1)] },
        });
      }),
    );
    const notes = await testClient().getNotes('leads', [1]);
    expect(notes.map((n) => n.id)).toEqual([10, 11, 20, 21, 30, 31]);
    expect(seen).toHaveLength(3);
    expect(seen[2]).toContain('page=3');
  });

  it('reads 204 No Content as an empty list', async () => {
    server.use(http.get('http://amo.test/api/v4/contacts', () => new HttpResponse(null, { status: 204 })));
    expect(await testClient().searchContacts('9211234567')).toEqual([]);
  });

  it('asks for notes of 450 deals in 5 filtered requests (≤ 100 ids each), only calls, 250 per page', async () => {
    server.use(http.get('http://amo.test/api/v4/leads/notes', () => new HttpResponse(null, { status: 204 })));
    await testClient().getNotes(
      'leads',
      Array.from({ length: 450 }, (_, i) => i + 1),
    );
    expect(seen).toHaveLength(5);
    for (const line of seen) {
      expect(line).toContain('filter[note_type][]=call_in&filter[note_type][]=call_out');
      expect(line).toContain('limit=250');
      expect(line.match(/filter\[entity_id\]\[\]=/g)!.length).toBeLessThanOrEqual(100);
    }
  });

  it('asks for 400 deals in 2 requests with their contacts and client-base links', async () => {
    server.use(http.get('http://amo.test/api/v4/leads', () => new HttpResponse(null, { status: 204 })));
    await testClient().getLeadsByIds(Array.from({ length: 400 }, (_, i) => i + 1));
    expect(seen).toHaveLength(2);
    expect(seen.every((l) => l.includes('with=contacts,catalog_elements'))).toBe(true);
  });
});
