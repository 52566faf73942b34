// What the move tests share: finding a client's row and its form as a manager reads them,
// and what the sandbox's store holds afterwards.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { sandbox, storedPhones } from './panelWorld';

export const SOKOLOVA = { number: '+7 911 765-43-21', name: 'Соколова Марина Викторовна', dealId: 31500101 };

const digits = (s: string) => s.replace(/\D/g, '').slice(-10);

/** How many stored PHONE values of the contact hold this number. */
export function holds(contactId: number, number: string): number {
  return storedPhones(contactId).filter((v) => v.replace(/\D/g, '').includes(digits(number))).length;
}

/** Contacts created through the API (ids from 24000201) holding the number. */
export function createdHolding(number: string): number[] {
  return [...sandbox.store.contacts.values()].filter((c) => c.id >= 24000201 && holds(c.id, number) > 0).map((c) => c.id);
}

export function createdContacts(): number[] {
  return [...sandbox.store.contacts.keys()].filter((id) => id >= 24000201);
}

/** The kit's Select opens its list in a portal; its options are the texts inside a list. */
export function optionInOpenList(text: string): HTMLElement {
  const option = screen.getAllByText(text).find((el) => el.closest('[role="list"]'));
  if (!option) throw new Error(`no open list offers «${text}»`);
  return option;
}

/** Opens the move form of a client's number; `panel` narrows the search when two panels are on screen. */
export async function clientForm(user: UserEvent, number: string, newContact = true, panel: HTMLElement = document.body) {
  const row = await within(panel).findByRole('listitem', { name: number });
  await within(row).findByText(/^Клиент · /);
  await user.click(within(row).getByRole('button', { name: 'Перенести клиенту…' }));
  // The form is a file of its own, fetched on the first click: a manager waits for it to show.
  const form = await within(row).findByRole('form', { name: `Перенос номера ${number} в контакт клиента` });
  if (newContact) {
    await user.click(within(form).getByRole('button', { name: /^Куда перенести/ }));
    await user.click(optionInOpenList('Новый контакт'));
  }
  const submit = within(form).getByRole('button', { name: 'Перенести номер клиенту' });
  // Until the search for other holders of the number answers, the form says it is checking and its
  // button is disabled: a manager waits for it, and so must a test (a click before is rightly ignored).
  await waitFor(() => expect(submit).toBeEnabled());
  return { row, form, submit };
}
