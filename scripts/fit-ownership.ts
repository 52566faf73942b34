// `npm run fit`: fits the ownership model's match weights (Fellegi–Sunter, as Splink does) on demo
// seeds 1–5 and writes src/domain/ownership/weights.json; `npm run fit -- --report` only prints
// the figures on held-out seeds 6–10 for the table as committed.
//   m = P(level | client's number), u = P(level | foreman's number), Laplace-smoothed counts;
//   weight = log2(u / m) bits toward the foreman; prior = log2(foremen / clients).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CALL_LEVELS, COMPARISONS, SPREAD_ORDER } from '../src/domain/ownership/comparisons';
import { type LevelWeight, type WeightTable } from '../src/domain/ownership/matchWeights';
import { figures, HELD_OUT_SEEDS, scoreSeed, TRAIN_SEEDS, type ScoredEntry } from './fitScore';

const WEIGHTS_PATH = fileURLToPath(new URL('../src/domain/ownership/weights.json', import.meta.url));
const ALPHA = 1;
const tenth = (n: number) => Math.round(n * 10) / 10;

/** One row per distinct number on a card (a duplicate value is the same evidence twice). */
function trainingRows(rows: ScoredEntry[]): ScoredEntry[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.seed}:${r.entry.contactId}:${r.verdict?.phoneKey}`;
    if (!r.verdict || r.entry.owner === 'ambiguous' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The total a table gives a scored row (its levels do not depend on the table it was scored with). */
export function totalWith(table: Pick<WeightTable, 'prior' | 'comparisons'>, r: ScoredEntry): number {
  return tenth(
    (r.verdict?.reasons ?? []).reduce(
      (s, x) => s + (x.comparison && x.level ? (table.comparisons[x.comparison]?.[x.level]?.weight ?? 0) : 0),
      table.prior,
    ),
  );
}

/**
 * Thresholds from the training rows, measured from the most client-like number that is not a
 * client's (m bits): a client verdict at m − 2 bits or below (never above 0), medium at m − 2.5,
 * high at m − 3.5 (11 : 1 beyond that number; on seeds 1–10 every client verdict down to the edge
 * is right, so the split is a margin, not a measured precision). A foreman verdict only 1 bit above
 * the most foreman-like client number but one in a hundred, and at least 1 bit; medium at 5, high at 10.
 */
function chooseThresholds(table: Pick<WeightTable, 'prior' | 'comparisons'>, rows: ScoredEntry[]): WeightTable['thresholds'] {
  const seen = rows.filter((r) => r.verdict && r.entry.evidence !== 'none');
  const notClient = seen.filter((r) => r.entry.owner !== 'client').map((r) => totalWith(table, r));
  const client = seen
    .filter((r) => r.entry.owner === 'client')
    .map((r) => totalWith(table, r))
    .sort((a, b) => a - b);
  const m = Math.min(...notClient);
  const clientEdge = tenth(Math.min(0, m - 2));
  const clientMedium = tenth(Math.min(clientEdge, m - 2.5));
  const clientHigh = tenth(Math.min(clientMedium, m - 3.5));
  const q99 = client[Math.floor(0.99 * (client.length - 1))] ?? 0;
  // …and never below 1 bit: a foreman verdict needs the foreman at least twice as likely.
  const partnerEdge = tenth(Math.max(1, clientEdge + 1, q99 + 1));
  return {
    client: clientEdge,
    clientMedium,
    clientHigh,
    partner: partnerEdge,
    partnerMedium: Math.max(partnerEdge, 5),
    partnerHigh: Math.max(partnerEdge, 10),
  };
}

export function fitTable(rows: ScoredEntry[]): WeightTable {
  const train = trainingRows(rows);
  const clients = train.filter((r) => r.entry.owner === 'client').length;
  const partners = train.length - clients;
  const comparisons: WeightTable['comparisons'] = {};
  for (const name of COMPARISONS) {
    const counts = new Map<string, { client: number; partner: number }>();
    if (name === 'calls') for (const level of CALL_LEVELS) counts.set(level, { client: 0, partner: 0 });
    for (const r of train) {
      const level = r.verdict?.reasons.find((x) => x.comparison === name)?.level;
      if (level === undefined) continue; // a null level: the comparison does not apply
      const c = counts.get(level) ?? { client: 0, partner: 0 };
      if (r.entry.owner === 'client') c.client += 1;
      else c.partner += 1;
      counts.set(level, c);
    }
    const nClient = [...counts.values()].reduce((s, c) => s + c.client, 0);
    const nPartner = [...counts.values()].reduce((s, c) => s + c.partner, 0);
    const levels: Record<string, LevelWeight> = {};
    for (const [level, c] of counts) {
      const m = (c.client + ALPHA) / (nClient + ALPHA * counts.size);
      const u = (c.partner + ALPHA) / (nPartner + ALPHA * counts.size);
      levels[level] = { m: Number(m.toFixed(4)), u: Number(u.toFixed(4)), weight: tenth(Math.log2(u / m)) };
    }
    // Calls at more places never read more client-like: sparse levels must not invert the order.
    if (name === 'calls') {
      let floor = Math.max(levels['one-deal/open']!.weight, levels['one-address/open']!.weight);
      for (const level of SPREAD_ORDER) {
        const l = levels[level]!;
        floor = Math.max(floor, l.weight);
        l.weight = floor;
      }
    }
    comparisons[name] = levels;
  }
  const prior = tenth(Math.log2(partners / clients));
  return {
    fittedOn: { seeds: [...new Set(rows.map((r) => r.seed))], client: clients, partner: partners },
    prior,
    comparisons,
    thresholds: chooseThresholds({ prior, comparisons }, rows),
  };
}

function pct(n: number): string {
  return `${(100 * n).toFixed(1)}%`;
}

export function situationTable(rows: ScoredEntry[]): string {
  const groups = new Map<string, ScoredEntry[]>();
  for (const r of rows)
    groups.set(`${r.entry.situation}|${r.entry.owner}`, [...(groups.get(`${r.entry.situation}|${r.entry.owner}`) ?? []), r]);
  const lines = [
    '| situation | truth | n | → client (high) | → foreman | → unknown | not shown | right |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [key, rs] of [...groups].sort()) {
    const [situation, owner] = key.split('|') as [string, string];
    const as = (o: string) => rs.filter((r) => r.verdict?.owner === o).length;
    const high = rs.filter((r) => r.verdict?.owner === 'client' && r.verdict.confidence === 'high').length;
    // An ambiguous number is judged right when it is not moved (no client verdict).
    const right = owner === 'client' ? as('client') : owner === 'partner' ? as('partner') : rs.length - as('client');
    lines.push(
      `| ${situation} | ${owner} | ${rs.length} | ${as('client')} (${high}) | ${as('partner')} | ${as('unknown')} | ${rs.filter((r) => !r.verdict).length} | ${pct(right / rs.length)} |`,
    );
  }
  return lines.join('\n');
}

export function summary(rows: ScoredEntry[]): string {
  const f = figures(rows);
  return [
    `client found: ${pct(f.clientFound)} of ${f.counts.clients} (target ≥ 97%)`,
    `foreman found: ${pct(f.foremanFound)} of ${f.counts.foremen} (target ≥ 90%)`,
    `client verdicts on a number that is not a client's: ${f.foremanAsClient} (target 0)`,
    `unknown: ${pct(f.unknownShare)} of ${f.counts.withEvidence} numbers with evidence (target ≤ 10%)`,
    `confident (high) client precision: ${pct(f.confidentClientPrecision)} of ${f.counts.confidentClients} (target ≥ 99%)`,
    `numbers not shown (no verdict): ${f.notShown}`,
  ].join('\n');
}

/** P(client) of each training number, to place the thresholds. */
function distribution(rows: ScoredEntry[]): string {
  const tr = trainingRows(rows);
  const byOwner = (o: string) =>
    tr
      .filter((r) => r.entry.owner === o)
      .map((r) => r.verdict?.total ?? 0)
      .sort((a, b) => a - b);
  const q = (xs: number[]) =>
    [0, 0.01, 0.05, 0.5, 0.95, 0.99, 1].map((p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]?.toFixed(1)).join(' / ');
  return `total bits, quantiles 0/1/5/50/95/99/100%:\n  clients: ${q(byOwner('client'))}\n  foremen: ${q(byOwner('partner'))}`;
}

const scoreAll = (seeds: number[]) => seeds.flatMap((s) => scoreSeed(s));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes('--report')) {
    // Levels do not depend on the weights, so one pass with any table gives the counts.
    const table = fitTable(scoreAll(TRAIN_SEEDS));
    writeFileSync(WEIGHTS_PATH, `${JSON.stringify(table, null, 2)}\n`);
    console.log(`wrote ${WEIGHTS_PATH} (run again with --report for the figures with the new table)`);
  } else {
    const train = scoreAll(TRAIN_SEEDS);
    console.log(`## Training seeds ${TRAIN_SEEDS.join(', ')}\n${distribution(train)}\n${summary(train)}\n`);
    const held = scoreAll(HELD_OUT_SEEDS);
    console.log(`## Held-out seeds ${HELD_OUT_SEEDS.join(', ')}\n${summary(held)}\n\n${situationTable(held)}`);
  }
}
