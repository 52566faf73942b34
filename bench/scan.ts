// `npx tsx bench/scan.ts [--json] [--partners N]`: the cleanup queue's account-wide scan of a large
// account (2,000 foreman cards by default) against the sandbox with 100 ms latency and the 7 rps
// limit on. Prints requests, wall time, 429s and the ratio to the rate-limit floor
// (requests / 7 s + dependent round trips × latency). `runScanBench` is the same for bench/run.ts.
import { pathToFileURL } from 'node:url';
import { createAmoClient, createScheduler } from '../src/api/client';
import { engineEvaluator } from '../src/queue/scan/engineEvaluator';
import { createQueueStore } from '../src/queue/scan/queueStore';
import { runScan, scanCounts, startScan } from '../src/queue/scan/runScan';
import { createScanSource, type ScanSource } from '../src/queue/scan/scanSource';
import { generateLargeAccount } from '../sandbox/demo/largeAccount';
import { createSandbox } from '../sandbox/server';
import { sandboxCookie } from './session';

export interface ScanBenchFigures {
  scanRequests: number;
  scanWallMs: number;
  scanFloorMs: number;
  scanResponses429: number;
  scanCards: number;
}

export interface ScanBenchOptions {
  partners?: number;
  latencyMs?: number;
  rps?: number;
  log?: (line: string) => void;
}

const BATCH = '— batch —';

/**
 * Requests that had to wait for one another: every contacts page (each names the next), and per
 * batch the deals request, then the longest chain among the reads that start from it (pages of
 * one notes chunk follow each other).
 */
function dependentRoundTrips(paths: string[]): number {
  let trips = 1; // the two field lists, side by side
  let chains: Map<string, number> | null = null;
  const close = () => {
    if (chains) trips += 1 + Math.max(1, ...chains.values());
  };
  for (const p of paths) {
    if (p === BATCH) {
      close();
      chains = new Map();
    } else if (p.startsWith('/api/v4/contacts?with=leads&limit=250&order')) trips += 1;
    else if (chains && !p.startsWith('/api/v4/leads?')) {
      const key = /filter\[(?:entity_)?id\]\[\]=(\d+)/.exec(p)?.[1] ?? p.split('?')[0] ?? p;
      chains.set(key, (chains.get(key) ?? 0) + 1);
    }
  }
  close();
  return trips;
}

/** Marks where each batch starts in the trace, so round trips can be counted per batch. */
function markingBatches(source: ScanSource, paths: string[]): ScanSource {
  return { ...source, leadsByIds: (ids, signal) => (paths.push(BATCH), source.leadsByIds(ids, signal)) };
}

export async function runScanBench(opts: ScanBenchOptions = {}): Promise<ScanBenchFigures> {
  const partners = opts.partners ?? 2000;
  const latencyMs = opts.latencyMs ?? 100;
  const rps = opts.rps ?? 7;
  const log = opts.log ?? (() => {});
  const data = generateLargeAccount({ partners });
  log(`Large account: ${data.contacts.length} contacts, ${partners} foremen, ${data.leads.length} deals, ${data.notes.length} notes`);
  const sandbox = await createSandbox({ port: 0, data, faults: { latencyMs, rateLimit: true, rps } });
  try {
    const cookie = await sandboxCookie(sandbox.url);
    const paths: string[] = [];
    const byStatus: Record<number, number> = {};
    const tracing = async (input: string, init: RequestInit): Promise<Response> => {
      const url = new URL(input);
      paths.push(decodeURIComponent(url.pathname + url.search));
      const res = await fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: cookie } });
      byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
      return res;
    };
    const client = createAmoClient({ baseUrl: sandbox.url, fetch: tracing, scheduler: createScheduler() });
    const memory = new Map<string, string>();
    const store = createQueueStore(
      { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) },
      'bench',
    );
    let lastLogged = 0;
    const started = Date.now();
    const state = await runScan(
      {
        source: markingBatches(createScanSource(client), paths),
        store,
        evaluate: engineEvaluator({}),
        onUpdate: (s) => {
          const { checked, total, listing } = scanCounts(s);
          if (Date.now() - lastLogged > 5000) {
            lastLogged = Date.now();
            log(listing ? `  listing: ${s.contactsSeen} contacts read, ${total} foremen found` : `  checked ${checked} of ${total} cards`);
          }
        },
      },
      startScan(null, started),
    );
    const wallMs = Date.now() - started;
    if (state.status !== 'done') throw new Error(`scan stopped: ${state.status} ${state.lastError ?? ''}`);
    const requests = paths.filter((p) => p !== BATCH).length;
    const trips = dependentRoundTrips(paths);
    const floorMs = Math.round((requests / rps) * 1000 + trips * latencyMs);
    const cards = Object.keys(state.cards).length;
    log(`Scan of ${cards} foreman cards (latency ${latencyMs} ms, limit ${rps} rps):`);
    log(
      `  requests ${requests}, wall ${wallMs} ms, floor ${floorMs} ms (${requests}/${rps} s + ${trips} dependent round trips × ${latencyMs} ms), ratio ${(wallMs / floorMs).toFixed(2)}`,
    );
    log(`  429 responses ${byStatus[429] ?? 0}, 403 responses ${byStatus[403] ?? 0}`);
    log(`  stored result: ${Math.round((memory.get('bench')?.length ?? 0) / 1024)} K characters in localStorage`);
    return { scanRequests: requests, scanWallMs: wallMs, scanFloorMs: floorMs, scanResponses429: byStatus[429] ?? 0, scanCards: cards };
  } finally {
    await sandbox.close();
  }
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const at = process.argv.indexOf('--partners');
  const partners = at > 0 ? Number(process.argv[at + 1]) : undefined;
  const figures = await runScanBench({ ...(partners ? { partners } : {}), log: json ? () => {} : (line) => console.log(line) });
  if (json) console.log(JSON.stringify(figures));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
