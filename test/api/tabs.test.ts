// Two tabs of one manager share amoCRM's 7 requests per second: their schedulers talk over a
// BroadcastChannel (as in every browser amoCRM supports; Node 20 has it too). Time runs 10×
// faster here: 7 requests per 100 ms.
import { createScheduler, type Scheduler } from '../../src/api/client';
import { SchedulerStoppedError } from '../../src/api/client/scheduler';

const WINDOW = 100;
let channel = 0;
const open: Scheduler[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

function tab(name: string, maxInFlight = 4): Scheduler {
  const s = createScheduler({ windowMs: WINDOW, marginMs: 10, maxInFlight, shareAcrossTabs: name });
  open.push(s);
  return s;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Requests that take 1–15 ms each, recording when each was sent. */
function burst(s: Scheduler, count: number, starts: number[], seed: number): Promise<unknown> {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      s.run(async () => {
        starts.push(Date.now());
        await sleep(1 + ((seed * 7 + i * 13) % 15));
      }),
    ),
  );
}

/** Tabs opened together know of each other (in a browser: within a few ms of the page loading). */
const acquainted = (...tabs: Scheduler[]) =>
  vi.waitFor(
    () => {
      for (const s of tabs) expect(s.stats().otherTabs).toBe(tabs.length - 1);
    },
    { timeout: 10_000 },
  );

/** Most sends inside any one window. */
function peak(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i += 1) {
    while (sorted[i]! - sorted[j]! >= WINDOW) j += 1;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('tabs share one rate budget', () => {
  it('two tabs sending at once keep to 7 requests per window together', async () => {
    const name = `test-rate-${process.pid}-${(channel += 1)}`;
    const [a, b] = [tab(name), tab(name)];
    await acquainted(a, b);
    const starts: number[] = [];
    await Promise.all([burst(a, 30, starts, 1), burst(b, 30, starts, 2)]);
    expect(starts).toHaveLength(60);
    expect(peak(starts)).toBeLessThanOrEqual(7);
  });

  it('a tab that joins a busy one waits for its share instead of adding its own 7', async () => {
    const name = `test-rate-${process.pid}-${(channel += 1)}`;
    const [a, b] = [tab(name), tab(name)];
    await acquainted(a, b);
    const starts: number[] = [];
    const first = burst(a, 30, starts, 3);
    await sleep(130);
    await Promise.all([first, burst(b, 30, starts, 4)]);
    expect(peak(starts)).toBeLessThanOrEqual(7);
  });

  it('a tab alone still gets the whole budget', async () => {
    const name = `test-rate-${process.pid}-${(channel += 1)}`;
    const a = tab(name, 10);
    tab(name); // open, but sends nothing
    let started = 0;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const all = Promise.all(
      Array.from({ length: 9 }, () =>
        a.run(async () => {
          started += 1;
          await held;
        }),
      ),
    );
    await vi.waitFor(() => expect(started).toBe(7), { timeout: 10_000 });
    await sleep(30);
    expect(started).toBe(7);
    release();
    await all;
  });

  it('a 403 block in one tab stops the other tab too', async () => {
    const name = `test-rate-${process.pid}-${(channel += 1)}`;
    const [a, b] = [tab(name), tab(name)];
    await acquainted(a, b);
    a.stopFor(60_000, 'forbidden');
    await vi.waitFor(() => expect(b.stopped()?.reason).toBe('forbidden'), { timeout: 10_000 });
    let ran = false;
    await expect(b.run(async () => void (ran = true))).rejects.toBeInstanceOf(SchedulerStoppedError);
    expect(ran).toBe(false);
  });
});
