// One move per number: a second move of the same number waits for the first; other numbers don't.
import { withNumberLock } from '../../src/api/client';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('withNumberLock', () => {
  it('runs two moves of one number one after the other, and moves of other numbers at once', async () => {
    const log: string[] = [];
    const first = gate();
    const a = withNumberLock(1, '+79211112233', async () => {
      log.push('a start');
      await first.opened;
      log.push('a end');
    });
    const b = withNumberLock(1, '+79211112233', async () => void log.push('b'));
    const other = withNumberLock(1, '+79112223344', async () => void log.push('other'));
    await tick();
    expect(log).toEqual(['a start', 'other']);
    first.open();
    await Promise.all([a, b, other]);
    expect(log).toEqual(['a start', 'other', 'a end', 'b']);
  });

  it('a failed move lets go of the number and keeps its own error', async () => {
    await expect(withNumberLock(2, '+79211112233', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(withNumberLock(2, '+79211112233', async () => 'next')).resolves.toBe('next');
  });
});
