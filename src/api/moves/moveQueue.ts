// Moves on one partner card run one after another: each removal rewrites the whole PHONE list,
// so two at once could put back a number the other just removed. A second request for the same
// number while one is running (a double click) gets the running one instead of a duplicate.
const tails = new Map<number, Promise<unknown>>();
const running = new Map<string, Promise<unknown>>();

export function runForPartner<T>(partnerId: number, jobKey: string, job: () => Promise<T>): Promise<T> {
  const key = `${partnerId}:${jobKey}`;
  const already = running.get(key);
  if (already) return already as Promise<T>;
  const previous = tails.get(partnerId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(job);
  running.set(key, next);
  tails.set(partnerId, next);
  const cleanup = () => {
    if (running.get(key) === next) running.delete(key);
    if (tails.get(partnerId) === next) tails.delete(partnerId);
  };
  next.then(cleanup, cleanup);
  return next;
}
