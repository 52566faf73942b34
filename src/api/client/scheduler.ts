// One queue for every request the widget makes. amoCRM allows 7 requests per second per
// integration and blocks the IP (403 for everything) after repeated 429s, so we never let
// the server see an 8th request inside any one-second span, keep few requests in flight,
// and stop the whole queue while the server asks us to wait.
//
// The window is a sliding one, but a request holds its slot from the moment it is sent until
// one window after its answer arrived (not after it was sent): the server counted it somewhere
// in between, and a slow first connection can bunch arrivals that we sent well apart. Measured
// in tests: counting from send time alone let the server see 8 in its window.
//
// A 403 block is different from a pause: every queued and later request fails at once (no
// request reaches the server) until the block is over, since each one sent into the block
// would only prolong it. The manager's other tabs share the budget and the blocks (tabBudget.ts).
import { createTabBudget } from './tabBudget';

export type Priority = 'interactive' | 'bulk';

export interface SchedulerOptions {
  /** Requests allowed per window (amoCRM: 7 per second). */
  maxPerWindow?: number;
  windowMs?: number;
  /** Added to the window so network jitter never lets the server count 8 in its second. */
  marginMs?: number;
  maxInFlight?: number;
  now?: () => number;
  /** BroadcastChannel name shared with the user's other tabs; none = this page's budget only. */
  shareAcrossTabs?: string;
  /** The longest one request can take (its timeout): another tab's unanswered request counts this long. */
  peerRequestMs?: number;
}

export interface SchedulerStats {
  sent: number;
  queued: number;
  inFlight: number;
  pausedMs: number;
  /** The user's other tabs sharing the budget. */
  otherTabs: number;
}

/** Why the queue refuses to send: the server blocked us, or asked for a wait too long to sit out. */
export type StopReason = 'forbidden' | 'rate-limited';

/** What a request gets instead of being sent while the queue is stopped. */
export class SchedulerStoppedError extends Error {
  constructor(
    readonly reason: StopReason,
    /** Epoch ms when requests flow again. */
    readonly until: number,
  ) {
    super(`requests stopped (${reason}) until ${new Date(until).toISOString()}`);
    this.name = 'SchedulerStoppedError';
  }
}

export interface Scheduler {
  /** Runs `task` when the rate, the in-flight cap and any pause allow; interactive before bulk. */
  run<T>(task: () => Promise<T>, opts?: { priority?: Priority; signal?: AbortSignal }): Promise<T>;
  /** Holds every queued request until `ms` from now (server said 429 / Retry-After). */
  pauseFor(ms: number): void;
  /** Fails every queued request, and every new one, for `ms` from now. */
  stopFor(ms: number, reason: StopReason): void;
  /** The stop in force now, if any. */
  stopped(): { reason: StopReason; until: number } | undefined;
  stats(): SchedulerStats;
  /** Leaves the other tabs' budget (page hidden, tests). */
  close(): void;
}

interface Job {
  start: (settled: () => void) => void;
  fail: (error: unknown) => void;
}

export function abortError(signal?: AbortSignal): unknown {
  return signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export function createScheduler(options: SchedulerOptions = {}): Scheduler {
  const maxPerWindow = options.maxPerWindow ?? 7;
  const margin = options.marginMs ?? 80;
  const span = (options.windowMs ?? 1000) + margin;
  const maxInFlight = options.maxInFlight ?? 4;
  const now = options.now ?? (() => Date.now());

  const queues: Record<Priority, Job[]> = { interactive: [], bulk: [] };
  /** When each slot of the window frees up; Infinity while its request is in flight. */
  const slots: Array<{ id: number; freeAt: number }> = [];
  let inFlight = 0;
  let sent = 0;
  let pausedUntil = 0;
  let pausedMs = 0;
  let stop: { reason: StopReason; until: number } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const tabs = createTabBudget(options.shareAcrossTabs, {
    now,
    spanMs: span,
    peerRequestMs: options.peerRequestMs ?? 30_000,
    ownSlots: () => slots.map((s) => [s.id, s.freeAt === Infinity ? -1 : Math.max(0, s.freeAt - now())]),
    wake: () => pump(),
    pauseFor: (ms) => pauseHere(ms),
    stopFor: (ms, reason) => stopHere(ms, reason as StopReason),
  });

  function nextJob(): Job | undefined {
    return queues.interactive.shift() ?? queues.bulk.shift();
  }

  function stoppedNow(): { reason: StopReason; until: number } | undefined {
    if (stop && stop.until <= now()) stop = undefined;
    return stop;
  }

  function failQueued(error: unknown): void {
    for (const job of [...queues.interactive.splice(0), ...queues.bulk.splice(0)]) job.fail(error);
  }

  function pump(): void {
    for (;;) {
      if (queues.interactive.length + queues.bulk.length === 0) {
        if (inFlight === 0) tabs.idle();
        return;
      }
      if (inFlight >= maxInFlight) return;
      const halt = stoppedNow();
      if (halt) return failQueued(new SchedulerStoppedError(halt.reason, halt.until));
      if (!tabs.activate()) return; // the other tabs answer, then wake us
      const t = now();
      for (let i = slots.length - 1; i >= 0; i -= 1) if ((slots[i]?.freeAt ?? 0) <= t) slots.splice(i, 1);
      const foreign = tabs.foreignFreeTimes();
      const own = slots.map((x) => x.freeAt);
      const waitPause = pausedUntil - t;
      // Own share full: wait for an own slot. All tabs' window full: wait for any slot.
      const waitOwn = own.length >= tabs.share(maxPerWindow) ? Math.min(...own) - t : 0;
      const waitAll = own.length + foreign.length >= maxPerWindow ? Math.min(...own, ...foreign) - t : 0;
      const waitWindow = Math.max(waitOwn, waitAll);
      // All slots held by requests still in flight: their settling pumps again.
      if (waitWindow === Infinity) return;
      const wait = Math.max(waitPause, waitWindow);
      if (wait > 0) {
        wake(wait);
        return;
      }
      const job = nextJob();
      if (!job) return;
      sent += 1;
      const slot = { id: sent, freeAt: Infinity };
      slots.push(slot);
      inFlight += 1;
      tabs.sent(slot.id);
      job.start(() => {
        slot.freeAt = now() + span;
        inFlight -= 1;
        tabs.settled(slot.id);
        pump();
      });
    }
  }

  /**
   * Sends at the end of the current task, not inside `run`: a request asked for and called off in
   * the same breath (React's StrictMode mounts, unmounts and remounts at once; a query is cancelled
   * by its observer leaving) is dropped from the queue before it ever reaches amoCRM.
   */
  let pumpQueued = false;
  function pumpSoon(): void {
    if (pumpQueued) return;
    pumpQueued = true;
    setTimeout(() => {
      pumpQueued = false;
      pump();
    }, 0);
  }

  function wake(ms: number): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      pump();
    }, ms);
  }

  function pauseHere(ms: number): void {
    // The same margin as the window: the server's clock started the wait before we heard of it.
    const until = now() + ms + margin;
    if (until > pausedUntil) {
      pausedMs += until - Math.max(pausedUntil, now());
      pausedUntil = until;
    }
    pump();
  }

  function stopHere(ms: number, reason: StopReason): void {
    const before = stoppedNow();
    // A block outranks a long 429 wait; the later end of the two holds.
    stop = { reason: before?.reason === 'forbidden' ? 'forbidden' : reason, until: Math.max(now() + ms + margin, before?.until ?? 0) };
    failQueued(new SchedulerStoppedError(stop.reason, stop.until));
  }

  return {
    run<T>(task: () => Promise<T>, opts: { priority?: Priority; signal?: AbortSignal } = {}): Promise<T> {
      const { signal } = opts;
      if (signal?.aborted) return Promise.reject(abortError(signal));
      const halt = stoppedNow();
      if (halt) return Promise.reject(new SchedulerStoppedError(halt.reason, halt.until));
      const queue = queues[opts.priority ?? 'interactive'];
      return new Promise<T>((resolve, reject) => {
        const onAbort = () => {
          const i = queue.indexOf(job);
          if (i >= 0) queue.splice(i, 1);
          reject(abortError(signal));
        };
        const job: Job = {
          start: (settled) => {
            signal?.removeEventListener('abort', onAbort);
            task().then(resolve, reject).finally(settled);
          },
          fail: (error) => {
            signal?.removeEventListener('abort', onAbort);
            reject(error);
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(job);
        pumpSoon();
      });
    },
    pauseFor(ms: number): void {
      pauseHere(ms);
      tabs.pause(ms);
    },
    stopFor(ms: number, reason: StopReason): void {
      stopHere(ms, reason);
      tabs.stop(ms, reason);
    },
    stopped: () => stoppedNow(),
    stats: () => ({ sent, queued: queues.interactive.length + queues.bulk.length, inFlight, pausedMs, otherTabs: tabs.peerCount() }),
    close: () => {
      if (timer !== undefined) clearTimeout(timer);
      tabs.close();
    },
  };
}
