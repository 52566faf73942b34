// The cleanup queue's file is fetched only when the advanced settings page opens: once for every
// visit that waits on it, the queue appears once it arrives, never after the manager has left,
// and a failed fetch is reported and tried again on the next visit.
import { describe, expect, test, vi } from 'vitest';
import type { CleanupQueueModule } from '../../widget/queue';
import { loadOnce, mountCleanupQueueLater } from '../../widget/queueLoader';

type Pending = { load: (m: CleanupQueueModule) => void; fail: (e: unknown) => void };

/** A stand-in for the fetch of the queue's file that the test answers by hand. */
function fakeFetch() {
  const pending: Pending[] = [];
  const load = loadOnce(() => new Promise<CleanupQueueModule>((resolve, reject) => pending.push({ load: resolve, fail: reject })));
  return { pending, load };
}

const queueModule = (unmount = vi.fn()) => ({ mountCleanupQueue: vi.fn(() => unmount) }) as unknown as CleanupQueueModule;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('loading the cleanup queue on demand', () => {
  test('the file is fetched once for two visits, and the queue mounts when it arrives', async () => {
    const { pending, load } = fakeFetch();
    const mount = vi.fn(() => () => {});
    mountCleanupQueueLater(load, mount, vi.fn());
    mountCleanupQueueLater(load, mount, vi.fn());
    expect(pending).toHaveLength(1);
    expect(mount).not.toHaveBeenCalled();
    pending[0]!.load(queueModule());
    await settle();
    expect(mount).toHaveBeenCalledTimes(2);
  });

  test('leaving the page before the file arrives means the queue is never mounted', async () => {
    const { pending, load } = fakeFetch();
    const mount = vi.fn(() => () => {});
    const unmount = mountCleanupQueueLater(load, mount, vi.fn());
    unmount();
    pending[0]!.load(queueModule());
    await settle();
    expect(mount).not.toHaveBeenCalled();
  });

  test('leaving after it mounted unmounts the queue', async () => {
    const { pending, load } = fakeFetch();
    const unmountQueue = vi.fn();
    const unmount = mountCleanupQueueLater(load, (q) => q.mountCleanupQueue({} as never, {} as never), vi.fn());
    pending[0]!.load(queueModule(unmountQueue));
    await settle();
    unmount();
    expect(unmountQueue).toHaveBeenCalledTimes(1);
  });

  test('a failed fetch is reported, and the next visit fetches again', async () => {
    const { pending, load } = fakeFetch();
    const onError = vi.fn();
    mountCleanupQueueLater(load, vi.fn(), onError);
    pending[0]!.fail(new Error('404'));
    await settle();
    expect(onError).toHaveBeenCalledWith(new Error('404'));
    mountCleanupQueueLater(load, vi.fn(), vi.fn());
    expect(pending).toHaveLength(2);
  });
});
