// @vitest-environment jsdom
// Two views of one foreman, each with its own cache, as two tabs have: a number moved in one
// leaves the other's list without a reload, so nobody sees it still on the foreman and moves it again.
import { screen, waitFor, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { renderPanel, withSandboxWorld } from './panelWorld';
import { clientForm, createdHolding, SOKOLOVA } from './moveHelpers';

withSandboxWorld();

describe("another tab's move", () => {
  it('takes the number off the foreman in the other view too', async () => {
    const first = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const second = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const firstPanel = first.view.container;
    const secondPanel = second.view.container;
    await within(secondPanel).findByRole('listitem', { name: SOKOLOVA.number });

    const { submit } = await clientForm(first.user, SOKOLOVA.number, true, firstPanel);
    await first.user.click(submit);
    await within(firstPanel).findByText(`Номер ${SOKOLOVA.number} перенесён в контакт «${SOKOLOVA.name}».`);
    expect(createdHolding(SOKOLOVA.number)).toHaveLength(1);

    // The second view reads the foreman again on the first view's word: the row is gone there too.
    await waitFor(() => expect(within(secondPanel).queryByRole('listitem', { name: SOKOLOVA.number })).toBeNull());
    expect(screen.getAllByRole('heading', { name: 'Анкета' })).toHaveLength(2);
  });
});
