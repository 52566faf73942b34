// One move per number across the manager's tabs. Two tabs moving the same number at once would
// each create or patch a client and each remove the number once: Web Locks (`navigator.locks`,
// in every browser amoCRM supports) hold the number for the whole read-check-write of a move,
// across every tab of the origin. Without Web Locks (old browser, Node tests) the lock holds
// inside this page only, which still stops a double click from running two moves.

const PREFIX = 'partner_card_cleaner:move';

interface LockManagerLike {
  request<T>(name: string, options: { mode: 'exclusive'; signal?: AbortSignal }, callback: () => Promise<T>): Promise<T>;
}

function webLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
}

/** The lock's name: one per partner card and number (its e164 key). */
export function numberLockName(partnerId: number, phoneKey: string): string {
  return `${PREFIX}:${partnerId}:${phoneKey}`;
}

/** In-page fallback: each name's holders run one after another. */
const tails = new Map<string, Promise<unknown>>();

function inPageLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const before = tails.get(name) ?? Promise.resolve();
  const run = before.then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(name, tail);
  // Forget the name once nobody waits behind this holder, so the map does not grow per number.
  void tail.then(() => {
    if (tails.get(name) === tail) tails.delete(name);
  });
  return run;
}

/**
 * Runs `fn` while holding this number of this partner: no other move of the same number, in this
 * tab or another, runs until `fn` settles. Moves of other numbers are not held up. `fn` must not
 * hang: every request it makes has a timeout (http.ts), so a lost answer cannot hold the lock.
 */
export function withNumberLock<T>(partnerId: number, phoneKey: string, fn: () => Promise<T>, opts: { signal?: AbortSignal } = {}): Promise<T> {
  const name = numberLockName(partnerId, phoneKey);
  const locks = webLocks();
  if (locks) return locks.request(name, { mode: 'exclusive', ...(opts.signal ? { signal: opts.signal } : {}) }, fn);
  if (opts.signal?.aborted) return Promise.reject(opts.signal.reason);
  return inPageLock(name, fn);
}
