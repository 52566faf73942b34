// Loads the cleanup queue (widget/queue.ts, a file of its own beside script.js) only when the
// advanced settings page opens, once; a failed fetch is tried again on the next visit.
import type { CleanupQueueModule } from './queue';

export type LoadQueue = () => Promise<CleanupQueueModule>;

/** The bundler's dynamic import: script.js fetches the queue's file from the widget's folder. */
export const importCleanupQueue: LoadQueue = () => import('./queue').then((m) => m.default);

/** `load` run once and shared; after a failure the next call runs it again. */
export function loadOnce(load: LoadQueue): LoadQueue {
  let loading: Promise<CleanupQueueModule> | null = null;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = null; // a later visit tries again
      throw e;
    }));
}

/** Mounts the queue once its file has loaded; the returned unmount works before that too. */
export function mountCleanupQueueLater(
  load: LoadQueue,
  mount: (queue: CleanupQueueModule) => () => void,
  onError: (e: unknown) => void,
): () => void {
  let unmount: (() => void) | null = null;
  let gone = false;
  load().then(
    (queue) => {
      if (!gone) unmount = mount(queue);
    },
    (e: unknown) => {
      if (!gone) onError(e);
    },
  );
  return () => {
    gone = true;
    unmount?.();
  };
}
