// When to try a request again, and how long to wait first.
//
// The rule for writes: a write is retried only when the server provably did not apply it.
// - 429: amoCRM rejects over-limit requests before processing them, so any method is retried
//   after the wait the server asks for.
// - 503 carrying `Retry-After`: the server declined before processing (maintenance / overload);
//   retried like a 429.
// - Any other 5xx or a network failure after sending: the write may have been applied
//   (amoCRM does not store `request_id`, so a blind retry could create a second contact).
//   It is NOT retried; the error says `write: true` and the caller re-reads before trying again.
// Reads are idempotent: 5xx and network failures are retried with jittered exponential backoff.

export interface RetryPolicy {
  /** Attempts in total for reads failing with 5xx / network errors. */
  maxAttempts: number;
  /** Attempts in total for any request answered 429. */
  max429Attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Waits beyond this are not sat out: the request fails as rate-limited (the queue still pauses). */
  maxRetryAfterMs: number;
  /** Wait after a 429 that names no delay. */
  default429DelayMs: number;
  random: () => number;
  /** A read with no answer after this long is abandoned (and retried like a lost connection). */
  readTimeoutMs: number;
  /** A write with no answer after this long is abandoned; its outcome is unknown, so never retried. */
  writeTimeoutMs: number;
  /** How long every request stays stopped after a 403 that names no time (amoCRM's IP block). */
  forbiddenWaitMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  max429Attempts: 6,
  baseDelayMs: 300,
  maxDelayMs: 5000,
  maxRetryAfterMs: 30_000,
  default429DelayMs: 1000,
  random: Math.random,
  readTimeoutMs: 20_000,
  writeTimeoutMs: 30_000,
  forbiddenWaitMs: 60_000,
};

/** Full-jitter exponential backoff: attempt 1 waits up to base, then 2×, 4×… capped. */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}

/** `retry_after` (seconds, body) or `Retry-After` (seconds or HTTP date, header), in ms. */
export function retryAfterMs(headers: Headers, body: unknown, nowMs: number): number | undefined {
  if (body && typeof body === 'object' && 'retry_after' in body) {
    const v = Number((body as { retry_after: unknown }).retry_after);
    if (Number.isFinite(v) && v >= 0) return v * 1000;
  }
  const header = headers.get('Retry-After');
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The signal one attempt is sent with: the caller's, plus a timeout of `ms` (a DOMException named
 * TimeoutError, as AbortSignal.timeout gives). A timer of our own rather than AbortSignal.timeout:
 * it is cleared once the answer is in, and test clocks can run it.
 */
export function attemptSignal(ms: number, outer?: AbortSignal): { signal: AbortSignal; timedOut: () => boolean; done: () => void } {
  const controller = new AbortController();
  let expired = false;
  const onOuter = () => controller.abort(outer?.reason);
  if (outer?.aborted) onOuter();
  else outer?.addEventListener('abort', onOuter, { once: true });
  const t = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`No answer in ${ms} ms`, 'TimeoutError'));
  }, ms);
  return {
    signal: controller.signal,
    timedOut: () => expired,
    done: () => {
      clearTimeout(t);
      outer?.removeEventListener('abort', onOuter);
    },
  };
}
