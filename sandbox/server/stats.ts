// What the sandbox answered, for tests and for watching a widget's request pattern.
export interface LogEntry {
  method: string;
  path: string;
  status: number;
  /** When the request arrived (ms since epoch). */
  t: number;
  /** Latency injected into this answer. */
  latencyMs: number;
}

export interface SandboxStats {
  /** /api/v4 requests answered (control, static and recording requests are not counted). */
  requests: number;
  byStatus: Record<number, number>;
  log: LogEntry[];
}

const MAX_LOG = 20_000;

export function newStats(): SandboxStats {
  return { requests: 0, byStatus: {}, log: [] };
}

export function recordRequest(stats: SandboxStats, entry: LogEntry): void {
  stats.requests += 1;
  stats.byStatus[entry.status] = (stats.byStatus[entry.status] ?? 0) + 1;
  stats.log.push(entry);
  if (stats.log.length > MAX_LOG) stats.log.splice(0, stats.log.length - MAX_LOG);
}

/** Cleared in place, so references handed out earlier stay live. */
export function clearStats(stats: SandboxStats): void {
  stats.requests = 0;
  for (const k of Object.keys(stats.byStatus)) delete stats.byStatus[Number(k)];
  stats.log.length = 0;
}

export function statsSummary(stats: SandboxStats, tail = 200) {
  const by = (s: number) => stats.byStatus[s] ?? 0;
  return {
    requests: stats.requests,
    byStatus: stats.byStatus,
    rateLimited: by(429),
    blocked: by(403),
    unauthorized: by(401),
    serverErrors: by(500) + by(502) + by(504),
    log: stats.log.slice(-tail),
  };
}
