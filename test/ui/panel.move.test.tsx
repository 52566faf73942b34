// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { renderPanel, sandbox, withSandboxWorld } from './panelWorld';
import { clientForm, createdHolding, holds, SOKOLOVA } from './moveHelpers';

withSandboxWorld();

const notesOn = (id: number) =>
  [...sandbox.store.notes.values()].filter((n) => n.entity_type === 'contacts' && n.entity_id === id && n.note_type === 'common');

describe('moving a client number off the foreman', () => {
  it('creates the client named by the client base, links the deal, leaves notes, then removes the number; undo puts it back', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const { form, submit } = await clientForm(user, SOKOLOVA.number);
    expect(within(form).getByLabelText('Имя клиента')).toHaveValue(SOKOLOVA.name);
    expect(within(form).getByText('Имя из клиентской базы')).toBeInTheDocument();

    await user.click(submit);
    expect(await screen.findByText(`Номер ${SOKOLOVA.number} перенесён в контакт «${SOKOLOVA.name}».`)).toBeInTheDocument();

    const [created] = createdHolding(SOKOLOVA.number);
    expect(created).toBeDefined();
    expect(sandbox.store.contacts.get(created!)?.name).toBe(SOKOLOVA.name);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(0);
    expect(sandbox.store.contactsOfLead(SOKOLOVA.dealId).map((c) => c.id)).toContain(created);
    expect(notesOn(created!)).toHaveLength(1);
    expect(notesOn(DEMO_IDS.kuznetsov).some((n) => String(n.params.text).includes(SOKOLOVA.number))).toBe(true);

    await user.click(screen.getByRole('button', { name: `Отменить перенос номера ${SOKOLOVA.number}` }));
    expect(await screen.findByText(`Перенос ${SOKOLOVA.number} отменён: номер снова у прораба.`)).toBeInTheDocument();
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(1);
    expect(holds(created!, SOKOLOVA.number)).toBe(0);
    expect(sandbox.store.contactsOfLead(SOKOLOVA.dealId).map((c) => c.id)).not.toContain(created);
    // The client contact stays (amoCRM's API cannot delete it) with a note saying the move was undone.
    expect(notesOn(created!).some((n) => String(n.params.text).includes('отменён'))).toBe(true);
  });

  it('a double click moves the number once: one contact, one removal', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const { submit } = await clientForm(user, SOKOLOVA.number);
    await user.dblClick(submit);
    await screen.findByText(`Номер ${SOKOLOVA.number} перенесён в контакт «${SOKOLOVA.name}».`);
    expect(createdHolding(SOKOLOVA.number)).toHaveLength(1);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(0);
  });

  it('leaving the card mid-move: the move finishes on its own and nothing is lost', async () => {
    const { user, view } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const { submit } = await clientForm(user, SOKOLOVA.number);
    await user.click(submit);
    view.unmount(); // the manager opens another card
    await vi.waitFor(() => expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(0), { timeout: 30_000, interval: 100 });
    expect(createdHolding(SOKOLOVA.number)).toHaveLength(1);
    expect(sandbox.store.contactsOfLead(SOKOLOVA.dealId).map((c) => c.id)).toContain(createdHolding(SOKOLOVA.number)[0]);
  });
});
