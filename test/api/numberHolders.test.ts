// The panel's evidence against the real sandbox: managers' common notes ride in the calls' notes
// pages, and a number another foreman also holds is found by a search and never stays a sure client.
import { createAmoClient, createScheduler, type AmoClient } from '../../src/api/client';
import { loadPartnerEvidence } from '../../src/api/client/evidence';
import { loadNumberHolders } from '../../src/api/client/numberHolders';
import { numberHoldersQuery } from '../../src/api/hooks/queries';
import { contactRole, detectFields, inferOwners, type OwnershipResult, type PartnerEvidence } from '../../src/domain';
import { createSandbox, type Sandbox } from '../../sandbox/server';
import { DEMO_IDS } from '../../sandbox/demo';
import { sandboxCookie } from '../../bench/session';

let sandbox: Sandbox;
let cookie: string;

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
  cookie = await sandboxCookie(sandbox.url);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

function client(): AmoClient {
  return createAmoClient({ baseUrl: sandbox.url, headers: { Cookie: cookie }, scheduler: createScheduler(), retry: { baseDelayMs: 5 } });
}

const NOW = Math.floor(Date.now() / 1000);
/** Морозов and Егоров share a client (the demo's answer key): the number is on both foremen's cards. */
const MOROZOV = 24_000_106;
const EGOROV = 24_000_107;
const SHARED = '+79311715626';

/** What the panel does: verdicts on the evidence, then a search for the holders of every movable number, then verdicts again. */
async function checkedVerdicts(
  api: AmoClient,
  partnerId: number,
): Promise<{ first: OwnershipResult; checked: OwnershipResult; evidence: PartnerEvidence }> {
  const evidence = (await loadPartnerEvidence(api, partnerId))!;
  const fields = detectFields(evidence.contactFields, evidence.leadFields);
  const first = inferOwners(evidence, { now: NOW });
  const numbers = first.verdicts.flatMap((v) =>
    v.owner === 'partner' ? [] : [{ key: v.phoneKey, e164: first.phones.find((p) => p.key === v.phoneKey)!.phone.e164 }],
  );
  const holders = await loadNumberHolders(api, partnerId, numbers, { isPartnerContact: (c) => contactRole(c, fields) === 'partner' });
  const checked = inferOwners({ ...evidence, ...holders }, { now: NOW });
  return { first, checked, evidence: { ...evidence, ...holders } };
}

describe('evidence completed by searches and common notes', () => {
  it("a client number on two foremen's cards is not a sure client on either card, and each names the other foreman", async () => {
    const api = client();
    for (const [partnerId, other] of [
      [MOROZOV, 'Егоров Дмитрий прораб'],
      [EGOROV, 'Морозов Михаил (плитка)'],
    ] as const) {
      const { first, checked, evidence } = await checkedVerdicts(api, partnerId);
      // Without the search the card alone looks like a sure client: the search is what stops a move off both.
      expect(first.verdicts.find((v) => v.phoneKey === SHARED)).toMatchObject({ owner: 'client', confidence: 'high' });
      const verdict = checked.verdicts.find((v) => v.phoneKey === SHARED)!;
      expect(verdict.owner === 'client' && verdict.confidence !== 'low').toBe(false);
      expect(verdict.reasons).toContainEqual(
        expect.objectContaining({ code: 'on-other-partners', params: expect.objectContaining({ name: other }) }),
      );
      expect(evidence.otherPartnersByPhone?.[SHARED]?.map((c) => c.name)).toEqual([other]);
    }
  });

  it('a client number another client contact already holds is suggested to move into that contact', async () => {
    const { checked, evidence } = await checkedVerdicts(client(), MOROZOV);
    const holder = evidence.contactsByPhone?.['+79115990999']?.[0];
    expect(holder?.name).toBe('Пулковское 38-243');
    expect(checked.verdicts.find((v) => v.phoneKey === '+79115990999')?.suggestion?.existingContactId).toBe(holder?.id);
  });

  it("one search per number by its last 10 digits; the card itself is never its own number's other holder", async () => {
    const api = client();
    const evidence = (await loadPartnerEvidence(api, DEMO_IDS.kuznetsov))!;
    const fields = detectFields(evidence.contactFields, evidence.leadFields);
    const own = '+79211234567';
    sandbox.reset();
    const holders = await loadNumberHolders(
      api,
      evidence.partner.id,
      [
        { key: own, e164: own },
        { key: SHARED, e164: SHARED },
      ],
      {
        isPartnerContact: (c) => contactRole(c, fields) === 'partner',
      },
    );
    const searches = sandbox.stats.log.map((e) => decodeURIComponent(e.path)).filter((p) => p.includes('query='));
    expect(searches.map((p) => /query=(\d+)/.exec(p)?.[1]).sort()).toEqual(['9211234567', '9311715626']);
    expect(holders.otherPartnersByPhone[own]).toEqual([]);
    expect(holders.contactsByPhone[own]).toEqual([]);
    expect(holders.otherPartnersByPhone[SHARED]?.map((c) => c.id).sort()).toEqual([MOROZOV, EGOROV]);
  });

  it('common notes of the deals and the card arrive in the same notes requests as the calls', async () => {
    const api = client();
    const partner = (await api.getContact(DEMO_IDS.kuznetsov))!;
    const dealIds = sandbox.store.leadIdsOfContact(DEMO_IDS.kuznetsov);
    const commonInStore = [...sandbox.store.notes.values()].filter(
      (n) =>
        n.note_type === 'common' &&
        ((n.entity_type === 'leads' && dealIds.includes(n.entity_id)) || (n.entity_type === 'contacts' && n.entity_id === partner.id)),
    );
    expect(commonInStore.length).toBeGreaterThan(0);

    sandbox.reset();
    const evidence = (await loadPartnerEvidence(api, DEMO_IDS.kuznetsov))!;
    const notesRequests = sandbox.stats.log.filter((e) => /\/notes/.test(e.path));
    expect(evidence.notes?.map((n) => n.id).sort()).toEqual(commonInStore.map((n) => n.id).sort());
    expect(evidence.calls.every((n) => n.note_type === 'call_in' || n.note_type === 'call_out')).toBe(true);
    // One request for the deals' notes, one for the card's: the same count as calls alone.
    expect(notesRequests).toHaveLength(2);
    expect(notesRequests.every((e) => decodeURIComponent(e.path).includes('filter[note_type][]=common'))).toBe(true);
  });
});

describe('the holders query key', () => {
  it('holds every input of the foreman test: another role field or marker is a different answer, not a cached one', async () => {
    const api = client();
    const evidence = (await loadPartnerEvidence(api, MOROZOV))!;
    const fields = detectFields(evidence.contactFields, evidence.leadFields);
    expect(fields.role).toBeDefined();
    const numbers = [{ key: SHARED, e164: SHARED }];
    const key = (roleField: typeof fields.role, partnerMarker: string) =>
      JSON.stringify(numberHoldersQuery(api, { partnerId: MOROZOV, numbers, roleField, partnerMarker }).queryKey);
    expect(key(fields.role, '')).toBe(key(fields.role, ''));
    expect(key(undefined, '')).not.toBe(key(fields.role, ''));
    expect(key(fields.role, 'бригадир')).not.toBe(key(fields.role, ''));
  });
});
