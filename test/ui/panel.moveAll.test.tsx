// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { renderPanel, sandbox, storedPhones, withSandboxWorld } from './panelWorld';

withSandboxWorld();

const digits = (s: string) => s.replace(/\D/g, '').slice(-10);
/** Contact ids holding the number, one per stored value. */
const holders = (number: string) =>
  [...sandbox.store.contacts.keys()].flatMap((id) =>
    storedPhones(id)
      .filter((v) => v.replace(/\D/g, '').includes(digits(number)))
      .map(() => id),
  );

describe('«Move all client numbers»', () => {
  it('moves every confident client number with one summary, and one undo brings them all back', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const button = await screen.findByRole('button', { name: /^Перенести всех клиентов \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec(button.textContent ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(2);
    const numbers = ['+7 911 765-43-21', '+7 905 510-96-49', '+7 953 951-84-17'];
    const before = new Map(numbers.map((n) => [n, holders(n)]));

    await user.click(button);
    expect(await screen.findByText(`Перенесено ${count} из ${count}, не удалось: 0`)).toBeInTheDocument();
    for (const n of numbers) {
      expect(holders(n)).not.toContain(DEMO_IDS.kuznetsov);
      expect(holders(n).length).toBeGreaterThanOrEqual(1);
    }

    await user.click(screen.getByRole('button', { name: `Отменить все переносы (${count})` }));
    expect(await screen.findByText(`Все переносы отменены (${count})`)).toBeInTheDocument();
    for (const n of numbers) expect(holders(n).sort()).toEqual(before.get(n)!.sort());
  });
});
