// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { renderPanel, sandbox, withSandboxWorld } from './panelWorld';
import { clientForm, holds, optionInOpenList, SOKOLOVA } from './moveHelpers';

withSandboxWorld();

const POPOV = { number: '+7 905 510-96-49', name: 'Попов Юрий Борисович' };

describe('moves side by side and into an existing contact', () => {
  it('two numbers moved at once both leave the card (the PHONE list is rewritten one move at a time)', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const first = await clientForm(user, SOKOLOVA.number);
    const second = await clientForm(user, POPOV.number);
    await user.click(first.submit);
    await user.click(second.submit);
    await screen.findByText(`Номер ${SOKOLOVA.number} перенесён в контакт «${SOKOLOVA.name}».`);
    await screen.findByText(`Номер ${POPOV.number} перенесён в контакт «${POPOV.name}».`);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(0);
    expect(holds(DEMO_IDS.kuznetsov, POPOV.number)).toBe(0);
    expect(holds(DEMO_IDS.kuznetsov, '+7 921 123-45-67')).toBe(3); // the foreman's own, untouched
  });

  it('moves into the deal’s existing client contact, and undo takes the number back off it', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const { form, submit } = await clientForm(user, SOKOLOVA.number, false);
    const target = within(form).getByRole('button', { name: /^Куда перенести/ });
    expect(target).toHaveTextContent('Загребский 33-118');
    await user.click(submit);
    await screen.findByText(`Номер ${SOKOLOVA.number} перенесён в контакт «Загребский 33-118».`);
    expect(holds(24000104, SOKOLOVA.number)).toBe(1);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(0);
    expect([...sandbox.store.contacts.keys()].filter((id) => id >= 24000201)).toEqual([]);

    await user.click(screen.getByRole('button', { name: `Отменить перенос номера ${SOKOLOVA.number}` }));
    await screen.findByText(`Перенос ${SOKOLOVA.number} отменён: номер снова у прораба.`);
    expect(holds(24000104, SOKOLOVA.number)).toBe(0);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(1);
    // The deal's client was linked before the move: undo leaves that link alone.
    expect(sandbox.store.contactsOfLead(SOKOLOVA.dealId).map((c) => c.id)).toContain(24000104);
  });

  it('is usable from the keyboard: Enter opens the form, Escape closes it', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const row = await screen.findByRole('listitem', { name: SOKOLOVA.number });
    await within(row).findByText(/^Клиент · /);
    within(row).getByRole('button', { name: 'Перенести клиенту…' }).focus();
    await user.keyboard('{Enter}');
    const form = await within(row).findByRole('form');
    await user.click(within(form).getByRole('button', { name: /^Куда перенести/ }));
    await user.click(optionInOpenList('Новый контакт'));
    within(form).getByLabelText('Имя клиента').focus();
    await user.keyboard('{Escape}');
    expect(within(row).queryByRole('form')).not.toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Перенести клиенту…' })).toBeInTheDocument();
  });
});
