// queue.js is fetched with the page's RequireJS only when the advanced settings page opens:
// the queue appears once it arrives, never after the manager has left, and a failed fetch is
// reported and tried again on the next visit.
// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CleanupQueueModule } from '../../widget/queue';

type Pending = { deps: string[]; load: (m: CleanupQueueModule) => void; fail: (e: unknown) => void };

async function freshLoader() {
  vi.resetModules();
  return import('../../widget/queueLoader');
}

function fakeRequireJs(): Pending[] {
  const pending: Pending[] = [];
  (window as unknown as { require: unknown }).require = (deps: string[], load: Pending['load'], fail: Pending['fail']) => pending.push({ deps, load, fail });
  return pending;
}

const queueModule = (unmount = vi.fn()) => ({ mountCleanupQueue: vi.fn(() => unmount) }) as unknown as CleanupQueueModule;
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  delete (window as unknown as { require?: unknown }).require;
});

describe('loading the cleanup queue on demand', () => {
  test('queue.js comes from the widget folder, once, and the queue mounts when it arrives', async () => {
    const { mountCleanupQueueLater } = await freshLoader();
    const pending = fakeRequireJs();
    const mount = vi.fn(() => () => {});
    mountCleanupQueueLater('/widgets/partner_card_cleaner/', mount, vi.fn());
    mountCleanupQueueLater('/widgets/partner_card_cleaner', mount, vi.fn());
    expect(pending.map((p) => p.deps)).toEqual([['/widgets/partner_card_cleaner/queue.js']]);
    expect(mount).not.toHaveBeenCalled();
    pending[0]!.load(queueModule());
    await settle();
    expect(mount).toHaveBeenCalledTimes(2);
  });

  test('leaving the page before queue.js arrives means the queue is never mounted', async () => {
    const { mountCleanupQueueLater } = await freshLoader();
    const pending = fakeRequireJs();
    const mount = vi.fn(() => () => {});
    const unmount = mountCleanupQueueLater('/w', mount, vi.fn());
    unmount();
    pending[0]!.load(queueModule());
    await settle();
    expect(mount).not.toHaveBeenCalled();
  });

  test('a failed fetch is reported, and the next visit fetches again', async () => {
    const { mountCleanupQueueLater } = await freshLoader();
    const pending = fakeRequireJs();
    const onError = vi.fn();
    mountCleanupQueueLater('/w', vi.fn(), onError);
    pending[0]!.fail(new Error('404'));
    await settle();
    expect(onError).toHaveBeenCalledWith(new Error('404'));
    mountCleanupQueueLater('/w', vi.fn(), vi.fn());
    expect(pending).toHaveLength(2);
  });
});
