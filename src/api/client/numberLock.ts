// One move per number across the manager's tabs. Two tabs moving the same number at once would
// each create or patch a client and each remove the number once: Web Locks (`navigator.locks`,
// in every browser amoCRM supports) hold the number for the whole read-check-write of a move,
// across every tab of the origin. Without Web Locks (old browser, Node tests) the lock holds
// inside this page only, which still stops a double click from running two moves.
//
// Two kinds of lock, always taken in this order and never the other way round, so no two tabs can
// wait on each other:
// 1. the number (withNumberLock), for a whole move, retry or undo of that number;
// 2. a contact's phone list (withPhoneListLock), only around one read-then-PATCH of it. amoCRM's
//    PATCH replaces the whole PHONE list, so two tabs moving *different* numbers of one partner
//    (or two numbers into one client) could each write back the list as they read it, dropping the
//    number the other just cut or added; this short lock makes each rewrite start from the other's
//    result. It is the innermost lock: nothing is awaited under it but HTTP, and no code holds two.
// Neither lock is re-entrant (Web Locks are not): code holding one must not ask for it again.

const PREFIX = 'partner_card_cleaner';

interface LockManagerLike {
  request<T>(name: string, options: { mode: 'exclusive' }, callback: () => Promise<T>): Promise<T>;
}

function webLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
}

/** The lock's name: one per partner card and number (its e164 key). */
export function numberLockName(partnerId: number, phoneKey: string): string {
  return `${PREFIX}:move:${partnerId}:${phoneKey}`;
}

/** The lock's name for rewriting a contact's PHONE list. */
export function phoneListLockName(contactId: number): string {
  return `${PREFIX}:phones:${contactId}`;
}

/**
 * In-page fallback: each name's holders run one after another. Kept on the realm, not the module,
 * so two copies of this module in one page (two bundles) still share it.
 */
const TAILS = Symbol.for('partner_card_cleaner.lockTails');
const tails: Map<string, Promise<unknown>> = ((globalThis as Record<symbol, Map<string, Promise<unknown>> | undefined>)[TAILS] ??=
  new Map());

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

function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  // The callback ignores the Lock object Web Locks pass it: `fn` takes no arguments.
  if (locks) return locks.request(name, { mode: 'exclusive' }, () => fn());
  return inPageLock(name, fn);
}

/**
 * Runs `fn` while holding this number of this partner: no other move of the same number, in this
 * tab or another, runs until `fn` settles. Moves of other numbers are not held up. `fn` must not
 * hang: every request it makes has a timeout (http.ts), so a lost answer cannot hold the lock.
 * There is no abort: a move whose card was closed still finishes, so nothing gives up the wait.
 */
export function withNumberLock<T>(partnerId: number, phoneKey: string, fn: () => Promise<T>): Promise<T> {
  return withLock(numberLockName(partnerId, phoneKey), fn);
}

/** Runs one read-then-PATCH of a contact's PHONE list with no other tab rewriting it meanwhile. */
export function withPhoneListLock<T>(contactId: number, fn: () => Promise<T>): Promise<T> {
  return withLock(phoneListLockName(contactId), fn);
}
