// The shared queue: the manager's own requests go first, few run at once, and a closed panel's requests are dropped.
import { createScheduler } from '../../src/api/client';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

describe('scheduler', () => {
  it('runs at most maxInFlight at once, and interactive work before queued bulk work', async () => {
    const scheduler = createScheduler({ maxInFlight: 2, maxPerWindow: 100 });
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof gate>>();
    const task = (name: string, priority: 'bulk' | 'interactive') => {
      const g = gate();
      gates.set(name, g);
      return scheduler.run(
        async () => {
          started.push(name);
          await g.opened;
          return name;
        },
        { priority },
      );
    };
    const bulk = [task('notes-1', 'bulk'), task('notes-2', 'bulk'), task('notes-3', 'bulk')];
    await vi.waitFor(() => expect(started).toEqual(['notes-1', 'notes-2']));
    const all = [...bulk, task('card', 'interactive')];
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['notes-1', 'notes-2']);
    gates.get('notes-1')!.open();
    await all[0];
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['notes-1', 'notes-2', 'card']);
    for (const g of gates.values()) g.open();
    expect(await Promise.all(all)).toEqual(['notes-1', 'notes-2', 'notes-3', 'card']);
  });

  it('never starts more than maxPerWindow inside one window', async () => {
    const scheduler = createScheduler({ maxPerWindow: 3, windowMs: 60, marginMs: 0, maxInFlight: 10 });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 7 }, () => scheduler.run(async () => void starts.push(performance.now()))));
    // Any 4 consecutive starts span at least one window.
    for (let i = 3; i < starts.length; i += 1) expect(starts[i]! - starts[i - 3]!).toBeGreaterThanOrEqual(55);
  });

  it('drops a queued request whose signal aborts, without running it', async () => {
    const scheduler = createScheduler({ maxInFlight: 1 });
    const first = gate();
    const running = scheduler.run(() => first.opened);
    const controller = new AbortController();
    let ran = false;
    const queued = scheduler.run(async () => void (ran = true), { signal: controller.signal });
    controller.abort();
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
    first.open();
    await running;
    expect(ran).toBe(false);
  });

  it('never sends a request called off in the same breath it was asked for (a StrictMode remount)', async () => {
    const scheduler = createScheduler();
    const controller = new AbortController();
    let ran = false;
    const asked = scheduler.run(async () => void (ran = true), { signal: controller.signal });
    controller.abort();
    await expect(asked).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 10));
    expect(ran).toBe(false);
    expect(scheduler.stats().sent).toBe(0);
  });
});
