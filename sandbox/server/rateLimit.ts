// amoCRM's request limit: at most `rps` requests per second per client; over it → 429, and a client
// that keeps going after `blockAfter429s` refusals within 10 s is blocked (403) for `blockMs`.

export type Admission = { kind: 'ok' } | { kind: 'rate-limited'; retryAfterSec: number } | { kind: 'blocked'; untilMs: number };

export interface LimitConfig {
  rps: number;
  blockAfter429s: number;
  blockMs: number;
}

const WINDOW_MS = 1000;
const VIOLATION_WINDOW_MS = 10_000;

export class RateLimiter {
  private readonly accepted = new Map<string, number[]>();
  private readonly refusals = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();

  admit(key: string, now: number, cfg: LimitConfig): Admission {
    const until = this.blockedUntil.get(key);
    if (until !== undefined) {
      if (now < until) return { kind: 'blocked', untilMs: until };
      // The block served its purpose: the client starts afresh.
      this.blockedUntil.delete(key);
      this.refusals.delete(key);
      this.accepted.delete(key);
    }
    const recent = (this.accepted.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    this.accepted.set(key, recent);
    if (recent.length < cfg.rps) {
      recent.push(now);
      return { kind: 'ok' };
    }
    const refusals = (this.refusals.get(key) ?? []).filter((t) => t > now - VIOLATION_WINDOW_MS);
    refusals.push(now);
    this.refusals.set(key, refusals);
    if (refusals.length >= cfg.blockAfter429s) this.blockedUntil.set(key, now + cfg.blockMs);
    const oldest = recent[0] ?? now;
    return { kind: 'rate-limited', retryAfterSec: Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)) };
  }

  clear(): void {
    this.accepted.clear();
    this.refusals.clear();
    this.blockedUntil.clear();
  }
}
