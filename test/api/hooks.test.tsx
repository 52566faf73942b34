// @vitest-environment jsdom
// The hooks as the panel uses them, against amoCRM answers served by MSW.
import { useQueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useAmoClient, usePartnerCard, usePartnerEvidence, usePhoneLookup } from '../../src/api/hooks';
import { afterContactChanged, afterLinksChanged } from '../../src/api/hooks/invalidate';
import { fixture, requestLog, server, testClient, startMsw } from './helpers';
import { testHost } from '../ui/testHost';
import { widgetWrapper } from '../ui/renderWidget';

startMsw();
const seen = requestLog();

type Page = { _embedded: Record<string, Array<{ id: number }>> };
const json = (name: string) => () => HttpResponse.json(fixture(name) as Record<string, unknown>);

function serveAccount(): void {
  const contacts = fixture('contacts_list_page1.json') as Page;
  server.use(
    http.get('http://amo.test/api/v4/contacts/24000101', json('contact_partner_with_leads.json')),
    http.patch('http://amo.test/api/v4/contacts/:id', json('contacts_patch_response.json')),
    http.get('http://amo.test/api/v4/contacts/custom_fields', json('contacts_custom_fields.json')),
    http.get('http://amo.test/api/v4/leads/custom_fields', json('leads_custom_fields.json')),
    http.get('http://amo.test/api/v4/account', json('account.json')),
    http.get('http://amo.test/api/v4/leads', json('leads_batch.json')),
    http.get('http://amo.test/api/v4/leads/notes', json('lead_notes_calls.json')),
    http.get('http://amo.test/api/v4/contacts/notes', () => new HttpResponse(null, { status: 204 })),
    http.get('http://amo.test/api/v4/catalogs', json('catalogs.json')),
    http.post('http://amo.test/api/v4/leads/link', json('link_response.json')),
    http.get('http://amo.test/api/v4/catalogs/12301/elements', json('catalog_elements_clients.json')),
    http.get('http://amo.test/api/v4/contacts', ({ request }) => {
      const url = new URL(request.url);
      const ids = url.searchParams.getAll('filter[id][]').map(Number);
      const query = url.searchParams.get('query');
      const hits = contacts._embedded.contacts!.filter((c) => ids.includes(c.id) || query !== null);
      return hits.length > 0 ? HttpResponse.json({ _embedded: { contacts: hits } }) : new HttpResponse(null, { status: 204 });
    }),
  );
}

/** The product's provider tree (test/ui/renderWidget), on the test's fast client. */
function wrapper() {
  return widgetWrapper({ host: testHost({ apiBase: 'http://amo.test' }), client: testClient() }).wrapper;
}

/** The writes as the move and the questionnaire make them: the client's write, then the invalidation that follows it. */
function useWrites() {
  const client = useAmoClient();
  const qc = useQueryClient();
  return {
    patch: async (id: number, name: string) => {
      await client.patchContact(id, { name });
      await afterContactChanged(qc, id);
    },
    link: async (contactId: number, leadIds: number[], isMain = false) => {
      await client.linkContactToLeads(contactId, leadIds, { isMain });
      await afterLinksChanged(qc, contactId, leadIds);
    },
  };
}

describe('hooks', () => {
  it('the card and the evidence load together; the card is read once', async () => {
    serveAccount();
    const { result } = renderHook(() => ({ card: usePartnerCard(24000101), evidence: usePartnerEvidence(24000101) }), {
      wrapper: wrapper(),
    });
    await waitFor(() => expect(result.current.evidence.isSuccess).toBe(true));
    expect(result.current.card.contact?.id).toBe(24000101);
    expect(result.current.card.account?.current_user_id).toBeGreaterThan(0);
    const evidence = result.current.evidence.data!;
    expect(evidence.deals.map((d) => d.id)).toEqual([31500101, 31500102, 31500103]);
    expect(evidence.calls.length).toBeGreaterThan(0);
    expect(evidence.dealContacts.map((c) => c.id)).not.toContain(24000101);
    // No deal links a client-base row here, so rows are found by contract number.
    expect(evidence.clientBase.map((e) => e.name).join(' ')).toContain('СПб-2024/118');
    expect(seen.filter((l) => l.startsWith('GET /api/v4/contacts/24000101'))).toHaveLength(1);
    expect(seen.filter((l) => l.includes('custom_fields'))).toHaveLength(2);
  });

  it('patching the partner re-reads the card and its evidence', async () => {
    serveAccount();
    const { result } = renderHook(() => ({ evidence: usePartnerEvidence(24000101), write: useWrites() }), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.evidence.isSuccess).toBe(true));
    seen.length = 0;
    await act(() => result.current.write.patch(24000101, 'Кузнецов Сергей Васильевич'));
    await waitFor(() => expect(seen.filter((l) => l.startsWith('GET /api/v4/leads?'))).toHaveLength(1));
    expect(seen).toContain('GET /api/v4/contacts/24000101?with=leads,catalog_elements');
  });

  it('patching an unrelated contact leaves the evidence alone', async () => {
    serveAccount();
    const { result } = renderHook(() => ({ evidence: usePartnerEvidence(24000101), write: useWrites() }), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.evidence.isSuccess).toBe(true));
    seen.length = 0;
    await act(() => result.current.write.patch(99999999, 'Другой'));
    expect(seen).toEqual(['PATCH /api/v4/contacts/99999999']);
  });

  it("linking a client to one of the partner's deals re-reads the evidence; linking elsewhere does not", async () => {
    serveAccount();
    const { result } = renderHook(() => ({ evidence: usePartnerEvidence(24000101), write: useWrites() }), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.evidence.isSuccess).toBe(true));
    seen.length = 0;
    await act(() => result.current.write.link(24000201, [31599999]));
    expect(seen).toEqual(['POST /api/v4/leads/link']);
    seen.length = 0;
    await act(() => result.current.write.link(24000201, [31500102], true));
    await waitFor(() => expect(seen.filter((l) => l.startsWith('GET /api/v4/leads?'))).toHaveLength(1));
  });

  it('phone lookup keeps only contacts whose PHONE holds the digits', async () => {
    serveAccount();
    const { result } = renderHook(() => usePhoneLookup('+7 (921) 123-45-67'), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.digits).toBe('9211234567');
    expect(result.current.data?.contacts.map((c) => c.id)).toEqual([24000101]);
  });
});
