// Runs the engine over a demo seed's foremen and pairs every answer-key row with its verdict:
// shared by `npm run fit` (fitting and the held-out report) and the answer-key test.
import { generateDemoData, type AnswerKeyEntry } from '../sandbox/demo';
import { demoEvidence } from './fitEvidence';
import { inferOwners } from '../src/domain';
import type { OwnerVerdict } from '../src/domain/types';

export const NOW = 1_760_000_000; // 2025-10-09, after the demo's last deal
export const TRAIN_SEEDS = [1, 2, 3, 4, 5];
export const HELD_OUT_SEEDS = [6, 7, 8, 9, 10];

export interface ScoredEntry {
  seed: number;
  entry: AnswerKeyEntry;
  /** Absent when the panel does not show the number at all (a seven-digit one, say). */
  verdict?: OwnerVerdict;
}

export function scoreSeed(seed: number): ScoredEntry[] {
  const data = generateDemoData(seed);
  return data.answerKey.foremen.flatMap((foremanId) => {
    const result = inferOwners(demoEvidence(data, foremanId), { now: NOW });
    return data.answerKey.entries
      .filter((e) => e.contactId === foremanId)
      .map((entry) => {
        const phone = result.phones.find((p) => p.phone.e164 === entry.e164 && p.sources.some((s) => s.index === entry.valueIndex));
        const verdict = result.verdicts.find((v) => v.phoneKey === phone?.key);
        return verdict ? { seed, entry, verdict } : { seed, entry };
      });
  });
}

export interface Figures {
  clientFound: number;
  foremanFound: number;
  foremanAsClient: number;
  unknownShare: number;
  confidentClientPrecision: number;
  notShown: number;
  counts: { clients: number; foremen: number; withEvidence: number; confidentClients: number };
}

const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** The measures, over numbers with any evidence (the key's `evidence` is not `none`). */
export function figures(rows: ScoredEntry[]): Figures {
  const seen = rows.filter((r) => r.entry.evidence !== 'none');
  const clients = seen.filter((r) => r.entry.owner === 'client');
  const foremen = seen.filter((r) => r.entry.owner === 'partner');
  const confident = rows.filter((r) => r.verdict?.owner === 'client' && r.verdict.confidence === 'high');
  return {
    clientFound: share(clients.filter((r) => r.verdict?.owner === 'client').length, clients.length),
    foremanFound: share(foremen.filter((r) => r.verdict?.owner === 'partner').length, foremen.length),
    foremanAsClient: rows.filter((r) => r.entry.owner !== 'client' && r.verdict?.owner === 'client').length,
    unknownShare: share(seen.filter((r) => r.verdict?.owner === 'unknown').length, seen.length),
    confidentClientPrecision: share(confident.filter((r) => r.entry.owner === 'client').length, confident.length),
    notShown: rows.filter((r) => !r.verdict).length,
    counts: { clients: clients.length, foremen: foremen.length, withEvidence: seen.length, confidentClients: confident.length },
  };
}
