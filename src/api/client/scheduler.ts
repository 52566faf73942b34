// One queue for every request the widget makes. amoCRM allows 7 requests per second per
// integration and blocks the IP (403 for everything) after repeated 429s, so we never let
// the server see an 8th request inside any one-second span, keep few requests in flight,
// and stop the whole queue while the server asks us to wait.
//
// The window is a sliding one, but a request holds its slot from the moment it is sent until
// one window after its answer arrived (not after it was sent): the server counted it somewhere
// in between, and a slow first connection can bunch arrivals that we sent well apart. Measured
// in tests: counting from send time alone let the server see 8 in its window.

export type Priority = 'interactive' | 'bulk';

export interface SchedulerOptions {
  /** Requests allowed per window (amoCRM: 7 per second). */
  maxPerWindow?: number;
  windowMs?: number;
  /** Added to the window so network jitter never lets the server count 8 in its second. */
  marginMs?: number;
  maxInFlight?: number;
  now?: () => number;
}

export interface SchedulerStats {
  sent: number;
  queued: number;
  inFlight: number;
  pausedMs: number;
}

export interface Scheduler {
  /** Runs `task` when the rate, the in-flight cap and any pause allow; interactive before bulk. */
  run<T>(task: () => Promise<T>, opts?: { priority?: Priority; signal?: AbortSignal }): Promise<T>;
  /** Holds every queued request until `ms` from now (server said 429 / Retry-After). */
  pauseFor(ms: number): void;
  stats(): SchedulerStats;
}

interface Job {
  start: (settled: () => void) => void;
}

export function abortError(signal?: AbortSignal): unknown {
  return signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export function createScheduler(options: SchedulerOptions = {}): Scheduler {
  const maxPerWindow = options.maxPerWindow ?? 7;
  const span = (options.windowMs ?? 1000) + (options.marginMs ?? 80);
  const maxInFlight = options.maxInFlight ?? 4;
  const now = options.now ?? (() => Date.now());

  const queues: Record<Priority, Job[]> = { interactive: [], bulk: [] };
  /** When each slot of the window frees up; Infinity while its request is in flight. */
  const slots: Array<{ freeAt: number }> = [];
  let inFlight = 0;
  let sent = 0;
  let pausedUntil = 0;
  let pausedMs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function nextJob(): Job | undefined {
    return queues.interactive.shift() ?? queues.bulk.shift();
  }

  function pump(): void {
    for (;;) {
      if (queues.interactive.length + queues.bulk.length === 0 || inFlight >= maxInFlight) return;
      const t = now();
      for (let i = slots.length - 1; i >= 0; i -= 1) if ((slots[i]?.freeAt ?? 0) <= t) slots.splice(i, 1);
      const waitPause = pausedUntil - t;
      // All slots held by requests still in flight: their settling pumps again.
      const waitWindow = slots.length >= maxPerWindow ? Math.min(...slots.map((x) => x.freeAt)) - t : 0;
      if (waitWindow === Infinity) return;
      const wait = Math.max(waitPause, waitWindow);
      if (wait > 0) {
        wake(wait);
        return;
      }
      const job = nextJob();
      if (!job) return;
      const slot = { freeAt: Infinity };
      slots.push(slot);
      sent += 1;
      inFlight += 1;
      job.start(() => {
        slot.freeAt = now() + span;
        inFlight -= 1;
        pump();
      });
    }
  }

  function wake(ms: number): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      pump();
    }, ms);
  }

  return {
    run<T>(task: () => Promise<T>, opts: { priority?: Priority; signal?: AbortSignal } = {}): Promise<T> {
      const { signal } = opts;
      if (signal?.aborted) return Promise.reject(abortError(signal));
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
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(job);
        pump();
      });
    },
    pauseFor(ms: number): void {
      // The same margin as the window: the server's clock started the wait before we heard of it.
      const until = now() + ms + (options.marginMs ?? 80);
      if (until > pausedUntil) {
        pausedMs += until - Math.max(pausedUntil, now());
        pausedUntil = until;
      }
      pump();
    },
    stats: () => ({ sent, queued: queues.interactive.length + queues.bulk.length, inFlight, pausedMs }),
  };
}
