// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { renderPanel, sandbox, storedPhones, withSandboxWorld } from './panelWorld';

withSandboxWorld();

const SOKOLOVA_NUMBER = '+7 911 765-43-21';
const digits = (s: string) => s.replace(/\D/g, '').slice(-10);
const holds = (contactId: number, number: string) => storedPhones(contactId).filter((v) => digits(v) === digits(number)).length;

/** The kit's Select opens its list in a portal; its options are the texts inside a list. */
function optionInOpenList(text: string): HTMLElement {
  const option = screen.getAllByText(text).find((el) => el.closest('[role="list"]'));
  if (!option) throw new Error(`no open list offers «${text}»`);
  return option;
}

async function clientRow(number: string) {
  const row = await screen.findByRole('listitem', { name: number });
  await within(row).findByText(/^Клиент · /, {}, { timeout: 10_000 });
  return row;
}

describe('moving a client number off the foreman', () => {
  it('creates the client named by the client base, links the deal, leaves notes, then removes the number; undo puts it back', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const row = await clientRow(SOKOLOVA_NUMBER);
    const form = within(row).getByRole('form', { name: `Перенос номера ${SOKOLOVA_NUMBER} в контакт клиента` });
    // The engine offers the deal's existing client contact; the manager picks a new contact instead.
    await user.click(within(form).getByRole('button', { name: 'Куда перенести' }));
    await user.click(optionInOpenList('Новый контакт'));
    expect(within(form).getByLabelText('Имя клиента')).toHaveValue('Соколова Марина Викторовна');
    expect(within(form).getByText('Имя из клиентской базы')).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Перенести номер клиенту' }));
    expect(await screen.findByText(`Номер ${SOKOLOVA_NUMBER} перенесён в контакт «Соколова Марина Викторовна».`, {}, { timeout: 10_000 })).toBeInTheDocument();

    const created = [...sandbox.store.contacts.values()].find((c) => c.name === 'Соколова Марина Викторовна' && c.id >= 24000201);
    expect(created).toBeDefined();
    expect(holds(created!.id, SOKOLOVA_NUMBER)).toBe(1);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA_NUMBER)).toBe(0);
    expect(sandbox.store.contactsOfLead(31500101).map((c) => c.id)).toContain(created!.id);
    const notesOn = (id: number) => [...sandbox.store.notes.values()].filter((n) => n.entity_type === 'contacts' && n.entity_id === id && n.note_type === 'common');
    expect(notesOn(created!.id)).toHaveLength(1);
    expect(notesOn(DEMO_IDS.kuznetsov).some((n) => String(n.params.text).includes(SOKOLOVA_NUMBER))).toBe(true);

    await user.click(screen.getByRole('button', { name: `Отменить перенос номера ${SOKOLOVA_NUMBER}` }));
    expect(await screen.findByText(`Перенос ${SOKOLOVA_NUMBER} отменён: номер снова у прораба.`, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA_NUMBER)).toBe(1);
    expect(holds(created!.id, SOKOLOVA_NUMBER)).toBe(0);
    expect(sandbox.store.contactsOfLead(31500101).map((c) => c.id)).not.toContain(created!.id);
  });
});
