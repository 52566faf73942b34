// The way a widget is usually written: read the card, then each deal and its notes one by one,
// one request at a time, spaced to stay under 7 per second. The baseline our loader is measured against.
export interface NaiveRun {
  requests: number;
  wallMs: number;
  responses429: number;
  responses403: number;
  deals: number;
}

const MIN_GAP_MS = Math.ceil(1000 / 7);

export async function runNaive(
  url: string,
  cookie: string,
  contactId: number,
  sampleDeals: number,
): Promise<NaiveRun & { totalDeals: number }> {
  const run = { requests: 0, responses429: 0, responses403: 0 };
  let lastSend = 0;
  async function get(path: string): Promise<unknown> {
    for (;;) {
      const wait = lastSend + MIN_GAP_MS - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lastSend = Date.now();
      run.requests += 1;
      const res = await fetch(url + path, { headers: { Cookie: cookie } });
      const text = await res.text();
      if (res.status === 429) {
        run.responses429 += 1;
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      if (res.status === 403) run.responses403 += 1;
      return text ? (JSON.parse(text) as unknown) : null;
    }
  }
  const started = Date.now();
  const card = (await get(`/api/v4/contacts/${contactId}?with=leads`)) as { _embedded?: { leads?: Array<{ id: number }> } };
  const dealIds = (card._embedded?.leads ?? []).map((l) => l.id);
  for (const id of dealIds.slice(0, sampleDeals)) {
    await get(`/api/v4/leads/${id}?with=contacts`);
    await get(`/api/v4/leads/${id}/notes`);
  }
  return { ...run, wallMs: Date.now() - started, deals: Math.min(sampleDeals, dealIds.length), totalDeals: dealIds.length };
}

/** Scales a sampled run to all deals: per-deal cost × deals, plus the card read. */
export function extrapolate(run: NaiveRun & { totalDeals: number }): { requests: number; wallMs: number } {
  if (run.deals === 0 || run.deals >= run.totalDeals) return { requests: run.requests, wallMs: run.wallMs };
  const perDealRequests = (run.requests - 1) / run.deals;
  const perDealMs = run.wallMs / run.deals;
  return { requests: Math.round(1 + perDealRequests * run.totalDeals), wallMs: Math.round(perDealMs * run.totalDeals) };
}
