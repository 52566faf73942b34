// Loads queue.js (widget/queue.ts) from the widget's folder with the page's RequireJS, once.
import type { CleanupQueueModule } from './queue';

type AmdRequire = (deps: string[], onLoad: (m: CleanupQueueModule) => void, onError: (e: unknown) => void) => void;

let loading: Promise<CleanupQueueModule> | null = null;

export function loadCleanupQueue(widgetPath: string): Promise<CleanupQueueModule> {
  const amdRequire = (window as unknown as { require?: AmdRequire }).require;
  if (typeof amdRequire !== 'function') return Promise.reject(new Error('the page has no RequireJS to load queue.js'));
  loading ??= new Promise<CleanupQueueModule>((resolve, reject) => {
    amdRequire([`${widgetPath.replace(/\/+$/, '')}/queue.js`], resolve, reject);
  }).catch((e: unknown) => {
    loading = null; // a later visit tries again
    throw e;
  });
  return loading;
}

/** Mounts the queue once queue.js has loaded; the returned unmount works before that too. */
export function mountCleanupQueueLater(
  widgetPath: string,
  mount: (queue: CleanupQueueModule) => () => void,
  onError: (e: unknown) => void,
): () => void {
  let unmount: (() => void) | null = null;
  let gone = false;
  loadCleanupQueue(widgetPath).then(
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
