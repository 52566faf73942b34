// `npm run bench [-- --json]`: loads everything the panel needs for the heavy foreman card from
// the sandbox (100 ms latency, 7 rps limit on) with the panel's own loaders, then does the same
// the naive way (deal by deal), and prints both, plus the size of the built script.js and the
// panel's time to first paint with the CPU slowed 4×.
import { QueryClient } from '@tanstack/react-query';
import { createAmoClient, createScheduler } from '../src/api/client';
import { accountQuery, partnerEvidenceQuery } from '../src/api/hooks/queries';
import { createSandbox } from '../sandbox/server';
import { DEMO_IDS } from '../sandbox/demo';
import { extrapolate, runNaive } from './naive';
import { sandboxCookie } from './session';
import { runLookups } from './lookups';
import { runScanBench } from './scan';
import { scriptSize } from './size';
import { runFirstPaintBench } from './firstPaint';

const LATENCY_MS = 100;
const RPS = 7;
const NAIVE_SAMPLE_DEALS = 40;
const json = process.argv.includes('--json');
/** `--only=size`: just script.js's size as built in dist/ (built first if missing), without the sandbox runs. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const log = (line: string) => {
  if (!json) console.log(line);
};

interface Trace {
  requests: number;
  byStatus: Record<number, number>;
  paths: string[];
}

function tracingFetch(cookie: string, trace: Trace) {
  return async (input: string, init: RequestInit): Promise<Response> => {
    trace.requests += 1;
    trace.paths.push(decodeURIComponent(new URL(input).pathname + new URL(input).search));
    const res = await fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: cookie } });
    trace.byStatus[res.status] = (trace.byStatus[res.status] ?? 0) + 1;
    return res;
  };
}

/** Longest chain of requests that had to wait for one another: card → deals → their contacts, or card → notes pages. */
function dependentRoundTrips(paths: string[]): number {
  const chains = new Map<string, number>();
  for (const p of paths) {
    if (!p.startsWith('/api/v4/leads/notes')) continue;
    const first = /filter\[entity_id\]\[\]=(\d+)/.exec(p)?.[1] ?? p;
    chains.set(first, (chains.get(first) ?? 0) + 1);
  }
  const notesChain = Math.max(0, ...chains.values());
  const lookups = paths.some((p) => /elements\?query=/.test(p)) ? 1 : 0;
  return Math.max(1 + notesChain, 3 + lookups);
}

async function main(): Promise<void> {
  if (only === 'size') {
    const size = scriptSize();
    if (json) console.log(JSON.stringify({ scriptJsBytes: size.raw, scriptJsGzipBytes: size.gzip }));
    else log(`dist/widget/script.js: ${size.raw} bytes raw, ${size.gzip} bytes gzip`);
    return;
  }
  const sandbox = await createSandbox({ port: 0, faults: { latencyMs: LATENCY_MS, rateLimit: true, rps: RPS } });
  try {
    const cookie = await sandboxCookie(sandbox.url);
    const trace: Trace = { requests: 0, byStatus: {}, paths: [] };
    const client = createAmoClient({ baseUrl: sandbox.url, fetch: tracingFetch(cookie, trace), scheduler: createScheduler() });
    const queryClient = new QueryClient();
    const contactId = DEMO_IDS.heavy;

    log(`Heavy foreman card ${contactId}: loading the panel's data (latency ${LATENCY_MS} ms, limit ${RPS} rps)…`);
    const started = Date.now();
    const [evidence] = await Promise.all([
      queryClient.fetchQuery(partnerEvidenceQuery(client, contactId)),
      queryClient.fetchQuery(accountQuery(client)),
    ]);
    const wallMs = Date.now() - started;
    if (!evidence) throw new Error(`contact ${contactId} not found in the sandbox`);
    const depth = dependentRoundTrips(trace.paths);
    const floorMs = Math.round((trace.requests / RPS) * 1000 + depth * LATENCY_MS);
    log(
      `  loaded ${evidence.deals.length} deals, ${evidence.calls.length} calls, ${evidence.dealContacts.length} deal contacts, ${evidence.clientBase.length} client-base rows`,
    );
    log(
      `  requests ${trace.requests}, wall ${wallMs} ms, floor ${floorMs} ms (${trace.requests}/${RPS} s + ${depth} dependent round trips × ${LATENCY_MS} ms), ratio ${(wallMs / floorMs).toFixed(2)}`,
    );
    log(`  429 responses ${trace.byStatus[429] ?? 0}, 403 responses ${trace.byStatus[403] ?? 0}`);
    const main429 = trace.byStatus[429] ?? 0;
    const lookups = await runLookups(queryClient, client, evidence, () => trace.requests);
    log(
      `  then searched other holders of ${lookups.lookupNumbers} movable numbers: ${lookups.lookupRequests} requests, ${lookups.lookupWallMs} ms, ` +
        `${lookups.lookupOtherPartners} on another foreman's card, 429 responses ${(trace.byStatus[429] ?? 0) - main429}`,
    );

    // A fresh limiter window for the naive run, so the two runs do not tax each other.
    await new Promise((r) => setTimeout(r, 1100));
    log(`Naive client (one request at a time, ≥ ${Math.ceil(1000 / RPS)} ms apart), sample of ${NAIVE_SAMPLE_DEALS} deals…`);
    const naive = await runNaive(sandbox.url, cookie, contactId, NAIVE_SAMPLE_DEALS);
    const naiveAll = extrapolate(naive);
    const sampled = naive.deals < naive.totalDeals;
    log(
      `  measured ${naive.requests} requests in ${naive.wallMs} ms for ${naive.deals} deals` +
        (sampled ? `; extrapolated linearly to ${naive.totalDeals} deals: ${naiveAll.requests} requests, ${naiveAll.wallMs} ms` : ''),
    );
    log(`  429 responses ${naive.responses429}, 403 responses ${naive.responses403}`);
    log(`  ratio: ${(naiveAll.requests / trace.requests).toFixed(1)}× fewer requests, ${(naiveAll.wallMs / wallMs).toFixed(1)}× faster`);

    const size = scriptSize();
    log(`dist/widget/script.js: ${size.raw} bytes raw, ${size.gzip} bytes gzip`);

    const figures = {
      requests: trace.requests - lookups.lookupRequests,
      wallMs,
      floorMs,
      responses429: main429,
      responses403: trace.byStatus[403] ?? 0,
      naiveRequests: naiveAll.requests,
      naiveWallMs: naiveAll.wallMs,
      naiveExtrapolated: sampled,
      naiveSampleDeals: naive.deals,
      ...lookups,
      scriptJsBytes: size.raw,
      scriptJsGzipBytes: size.gzip,
    };
    // The cleanup queue's scan of a 2,000-foreman account (bench/scan.ts), in a sandbox of its own.
    const scan = await runScanBench({ log });
    // The panel's first paint in Chromium with the CPU slowed 4× (bench/firstPaint.ts).
    const paint = await runFirstPaintBench({ log });
    if (json) console.log(JSON.stringify({ ...figures, ...scan, ...paint }));
  } finally {
    await sandbox.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
