// Fellegi–Sunter scoring, as Splink computes it: every observed level carries a weight in bits,
// log2 of how much likelier that level is for one side than the other; the prior plus the
// weights is the total, and the total is a probability. The table is fitted from the demo
// generator by `npm run fit` (scripts/fit-ownership.ts) and shipped as data (weights.json).
// Sign as everywhere in the panel: > 0 speaks for the foreman, < 0 for a client.
import type { Confidence, PhoneOwner, Reason } from '../types';
import type { Observation } from './comparisons';
import fitted from './weights.json';

export interface LevelWeight {
  /** P(level | client's number). */
  m: number;
  /** P(level | foreman's number). */
  u: number;
  /** log2(u / m), rounded to 0.1 bit so the shown sum is exact. */
  weight: number;
}

export interface WeightTable {
  fittedOn: { seeds: number[]; client: number; partner: number };
  /** log2(P(foreman) / P(client)) before any evidence. */
  prior: number;
  comparisons: Record<string, Record<string, LevelWeight>>;
  /** Bounds on the total, in bits: at or below `client*` a client's, at or above `partner*` the foreman's. */
  thresholds: { client: number; clientMedium: number; clientHigh: number; partner: number; partnerMedium: number; partnerHigh: number };
}

export const WEIGHTS: WeightTable = fitted;

export interface Weighed {
  reasons: Reason[];
  prior: number;
  /** prior + every reason's weight, in bits. */
  total: number;
  clientProbability: number;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

export function weigh(observations: Observation[], table: WeightTable = WEIGHTS): Weighed {
  const reasons = observations.map((o): Reason => ({
    code: o.code,
    weight: table.comparisons[o.comparison]?.[o.level]?.weight ?? 0,
    params: o.params,
    comparison: o.comparison,
    level: o.level,
  }));
  const total = tenth(reasons.reduce((s, r) => s + r.weight, table.prior));
  return { reasons, prior: table.prior, total, clientProbability: 1 / (1 + 2 ** total) };
}

export interface Decision {
  owner: PhoneOwner;
  confidence: Confidence;
}

/** Thresholds only; a number the account says nothing about is left to the manager whatever its lean. */
export function decide(w: Weighed, hasEvidence: boolean, table: WeightTable = WEIGHTS): Decision {
  const bits = w.total;
  const t = table.thresholds;
  if (!hasEvidence) return { owner: 'unknown', confidence: 'low' };
  if (bits <= t.client) return { owner: 'client', confidence: bits <= t.clientHigh ? 'high' : bits <= t.clientMedium ? 'medium' : 'low' };
  if (bits >= t.partner)
    return { owner: 'partner', confidence: bits >= t.partnerHigh ? 'high' : bits >= t.partnerMedium ? 'medium' : 'low' };
  return { owner: 'unknown', confidence: 'low' };
}
