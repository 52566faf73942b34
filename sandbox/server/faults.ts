// Fault injection: latency, the 7 rps limit with its 429s and 403 block, a share of 5xx answers and a
// lost session. Errors are drawn from a seeded PRNG so a test sees the same failures on every run.
import { z } from 'zod';
import { mulberry32 } from '../demo';
import { RateLimiter, type Admission } from './rateLimit';

export const faultConfigSchema = z.object({
  latencyMs: z.number().int().min(0).max(60_000),
  rateLimit: z.boolean(),
  rps: z.number().int().min(1).max(1000),
  blockAfter429s: z.number().int().min(1),
  blockMs: z.number().int().min(0),
  errorRate: z.number().min(0).max(1),
  /** Share of writes (POST/PATCH/DELETE) that are applied and then answered 500, as a lost answer looks. */
  appliedErrorRate: z.number().min(0).max(1),
  sessionLost: z.boolean(),
  seed: z.number().int(),
});
export type FaultConfig = z.infer<typeof faultConfigSchema>;
export const faultPatchSchema = faultConfigSchema.partial().strict();

export const DEFAULT_FAULTS: FaultConfig = {
  latencyMs: 0,
  rateLimit: false,
  rps: 7,
  blockAfter429s: 20,
  blockMs: 10_000,
  errorRate: 0,
  appliedErrorRate: 0,
  sessionLost: false,
  seed: 1,
};

const SERVER_ERRORS = [500, 502, 504] as const;

export class FaultController {
  private config: FaultConfig;
  private random: () => number;
  // Its own sequence, so switching it on leaves the plain 5xx sequence of a seed unchanged.
  private appliedRandom: () => number;
  private readonly limiter = new RateLimiter();

  constructor(initial: Partial<FaultConfig> = {}) {
    this.config = { ...DEFAULT_FAULTS, ...initial };
    this.random = mulberry32(this.config.seed);
    this.appliedRandom = mulberry32(this.config.seed + 1);
  }

  get(): FaultConfig {
    return { ...this.config };
  }

  /** Changes some settings; giving `seed` restarts the error sequence. */
  set(patch: Partial<FaultConfig>): FaultConfig {
    this.config = { ...this.config, ...faultPatchSchema.parse(patch) };
    if (patch.seed !== undefined) {
      this.random = mulberry32(this.config.seed);
      this.appliedRandom = mulberry32(this.config.seed + 1);
    }
    if (patch.rateLimit === false || patch.rps !== undefined) this.limiter.clear();
    return this.get();
  }

  /** All faults off, limiter forgotten, error sequence restarted. */
  reset(): void {
    this.config = { ...DEFAULT_FAULTS };
    this.random = mulberry32(this.config.seed);
    this.appliedRandom = mulberry32(this.config.seed + 1);
    this.limiter.clear();
  }

  admit(clientKey: string, now = Date.now()): Admission {
    if (!this.config.rateLimit) return { kind: 'ok' };
    return this.limiter.admit(clientKey, now, this.config);
  }

  /** A 5xx status for this request, or null; one draw per request keeps the sequence reproducible. */
  injectedError(): number | null {
    if (this.config.errorRate <= 0) return null;
    const r = this.random();
    if (r >= this.config.errorRate) return null;
    return SERVER_ERRORS[Math.floor((r / this.config.errorRate) * SERVER_ERRORS.length)] ?? 500;
  }

  /** True when this write should be applied and then answered 500 (one draw per write that gets that far). */
  appliedThenError(): boolean {
    return this.config.appliedErrorRate > 0 && this.appliedRandom() < this.config.appliedErrorRate;
  }
}

/** `--latency=100 --rate-limit --rps=7 --error-rate=0.2 --applied-error-rate=0.1 --session-lost --block-after=20 --block-ms=10000 --fault-seed=3` */
export function parseFaultArgs(argv: readonly string[]): Partial<FaultConfig> {
  const out: Partial<FaultConfig> = {};
  const num = (v: string | undefined, name: string) => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n)) throw new Error(`--${name} needs a number, got ${String(v)}`);
    return n;
  };
  const bool = (v: string | undefined) => v === undefined || !['false', '0', 'no', 'off'].includes(v);
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) continue;
    const [, name = '', value] = m;
    if (name === 'latency') out.latencyMs = num(value, name);
    else if (name === 'rate-limit') out.rateLimit = bool(value);
    else if (name === 'rps') out.rps = num(value, name);
    else if (name === 'error-rate') out.errorRate = num(value, name);
    else if (name === 'applied-error-rate') out.appliedErrorRate = num(value, name);
    else if (name === 'session-lost') out.sessionLost = bool(value);
    else if (name === 'block-after') out.blockAfter429s = num(value, name);
    else if (name === 'block-ms') out.blockMs = num(value, name);
    else if (name === 'fault-seed') out.seed = num(value, name);
  }
  return faultPatchSchema.parse(out);
}
