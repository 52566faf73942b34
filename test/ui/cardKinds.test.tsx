// @vitest-environment jsdom
// The panel on cards that are not a foreman's: a client's (compact view, one-click move off a
// foreman's card, where a number came from, undo), a supplier's, and a card it cannot place.
import { screen, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { SUPPLIER_ID } from '../../sandbox/demo/supplierPart';
import { renderPanel, sandbox, storedPhones, withSandboxWorld } from './panelWorld';

withSandboxWorld();

const ORLOVA = 24000102;
/** A client contact whose number is also still on Кузнецов's card. */
const POPOV = { id: 24000110, number: '+7 905 510-96-49' };
const digits = (s: string) => s.replace(/\D/g, '').slice(-10);
const holds = (contactId: number, number: string) => storedPhones(contactId).some((v) => v.replace(/\D/g, '').includes(digits(number)));
const SLOW = { timeout: 30_000 };

describe('a client’s card', () => {
  it('shows the client’s number as the client’s, the deals, and no foreman’s questionnaire', async () => {
    renderPanel({ partnerId: ORLOVA });
    expect(await screen.findByText(/^Это карточка клиента — так указано в поле роли/)).toBeInTheDocument();
    const row = screen.getByRole('listitem', { name: '+7 911 900-12-34' });
    expect(await within(row).findByText('Номер клиента. На карточках прорабов его нет.', {}, SLOW)).toBeInTheDocument();
    expect(within(row).queryByText(/прораба/i)).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Ленинский пр. 125-2-47' }, SLOW)).toHaveAttribute('href', '/leads/detail/31500103');
    expect(screen.queryByRole('heading', { name: 'Анкета' })).not.toBeInTheDocument();
    expect(screen.queryByText(/не заполнено/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/^Прораб · /)).not.toBeInTheDocument();
  });

  it('moves its number off the foreman’s card in one click, says where it came from, and undoes', async () => {
    const { user } = renderPanel({ partnerId: POPOV.id });
    const row = await screen.findByRole('listitem', { name: POPOV.number });
    expect(await within(row).findByRole('link', { name: 'Кузнецов Сергей прораб' }, SLOW)).toHaveAttribute(
      'href',
      `/contacts/detail/${DEMO_IDS.kuznetsov}`,
    );
    expect(within(row).getByText(/^Номер клиента ещё на карточке прораба/)).toBeInTheDocument();
    const move = within(row).getByRole('button', { name: `Убрать номер ${POPOV.number} с карточки прораба «Кузнецов Сергей прораб»` });
    // The engine checks the foreman's card first: his own number must not be taken off.
    await vi.waitFor(() => expect(move).toBeEnabled(), SLOW);
    expect(holds(DEMO_IDS.kuznetsov, POPOV.number)).toBe(true);
    await user.click(move);

    const from = await screen.findByRole('region', { name: 'Откуда номера' }, SLOW);
    expect(
      await within(from).findByText(/^Номер \+7 905 510-96-49 перенесён с карточки „Кузнецов Сергей прораб“ \d\d\.\d\d$/, {}, SLOW),
    ).toBeInTheDocument();
    expect(holds(DEMO_IDS.kuznetsov, POPOV.number)).toBe(false);
    expect(holds(POPOV.id, POPOV.number)).toBe(true);
    // Off his card: no second move offered, and the number reads as the client's alone.
    expect(within(row).queryByRole('button', { name: /^Убрать номер/ })).not.toBeInTheDocument();
    expect(await within(row).findByText('Номер клиента. На карточках прорабов его нет.', {}, SLOW)).toBeInTheDocument();

    await user.click(await within(from).findByRole('button', { name: /^Отменить перенос/ }, SLOW));
    await vi.waitFor(() => expect(holds(DEMO_IDS.kuznetsov, POPOV.number)).toBe(true), SLOW);
    // The client's own number stays on the client's card after the undo.
    expect(holds(POPOV.id, POPOV.number)).toBe(true);
    expect(await within(from).findByText(/перенос отменён$/, {}, SLOW)).toBeInTheDocument();
  });

  it('says when a number on the client’s card is the foreman’s own, and offers no move', async () => {
    const orlova = sandbox.store.contacts.get(ORLOVA);
    orlova?.custom_fields_values?.[0]?.values.push({ value: '+7 921 123-45-67', enum_code: 'WORK' } as never);
    renderPanel({ partnerId: ORLOVA });
    const row = await screen.findByRole('listitem', { name: '+7 921 123-45-67' });
    expect(await within(row).findByText(/^Это собственный номер прораба/, {}, SLOW)).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Кузнецов Сергей прораб' })).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Убрать номер/ })).not.toBeInTheDocument();
    // The client's own number next to it is still the client's.
    expect(
      within(screen.getByRole('listitem', { name: '+7 911 900-12-34' })).getByText('Номер клиента. На карточках прорабов его нет.'),
    ).toBeInTheDocument();
  });

  it('in English', async () => {
    renderPanel({ partnerId: ORLOVA, lang: 'en' });
    expect(await screen.findByText(/^This is a client's card: the role field says so/)).toBeInTheDocument();
    const row = screen.getByRole('listitem', { name: '+7 911 900-12-34' });
    expect(await within(row).findByText("The client's number. No foreman's card holds it.", {}, SLOW)).toBeInTheDocument();
  });
});

describe('a supplier’s card', () => {
  it('one line of what is known, the reverse lookup, and no questionnaire', async () => {
    const { user } = renderPanel({ partnerId: SUPPLIER_ID });
    expect(await screen.findByText('Поставщик: не прораб и не клиент. Номеров: 1, сделок: 0.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Анкета' })).not.toBeInTheDocument();
    expect(screen.queryByText('Это карточка прораба?')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Номер телефона для проверки' }), '+7 911 900-12-34');
    await user.click(screen.getByRole('button', { name: 'Найти' }));
    expect(await screen.findByRole('link', { name: 'Мария Олеговна (Ленинский 125)' }, SLOW)).toBeInTheDocument();
  });

  it('in English', async () => {
    renderPanel({ partnerId: SUPPLIER_ID, lang: 'en' });
    expect(await screen.findByText('Поставщик: neither a foreman nor a client. Numbers: 1, deals: 0.')).toBeInTheDocument();
  });
});

describe('a card the widget cannot place', () => {
  const unplaced = () => {
    const supplier = sandbox.store.contacts.get(SUPPLIER_ID);
    if (supplier) supplier.custom_fields_values = (supplier.custom_fields_values ?? []).filter((f) => f.field_id !== 501205);
  };

  it('asks «Это карточка прораба?» and one click sets the role, then opens the foreman’s panel', async () => {
    unplaced();
    const { user } = renderPanel({ partnerId: SUPPLIER_ID });
    expect(await screen.findByText('Это карточка прораба?')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Анкета' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Да, это прораб — отметить «Прораб / партнёр»' }));
    expect(await screen.findByRole('heading', { name: 'Анкета' }, SLOW)).toBeInTheDocument();
    const role = sandbox.store.contacts.get(SUPPLIER_ID)?.custom_fields_values?.find((f) => f.field_id === 501205);
    expect(role?.values.map((v) => v.value)).toEqual(['Прораб / партнёр']);
  });

  it('with a tag as the marker in the settings, the click puts that tag', async () => {
    unplaced();
    const { user } = renderPanel({ partnerId: SUPPLIER_ID, host: { settings: { partner_marker: 'бригадир' } } });
    await user.click(await screen.findByRole('button', { name: 'Да, это прораб — отметить «бригадир»' }));
    expect(await screen.findByRole('heading', { name: 'Анкета' }, SLOW)).toBeInTheDocument();
    expect(sandbox.store.contacts.get(SUPPLIER_ID)?.tags.map((t) => t.name)).toContain('бригадир');
  });
});
