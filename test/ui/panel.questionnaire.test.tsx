// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { renderPanel, sandbox, withSandboxWorld } from './panelWorld';

withSandboxWorld();

const fieldValue = (contactId: number, name: string) =>
  sandbox.store.contacts.get(contactId)?.custom_fields_values?.find((f) => f.field_name === name)?.values[0]?.value;

// Saves wait behind the panel's evidence reads in the 7 requests/s scheduler: wait on the outcome.
const SAVED = { timeout: 20_000 };

describe('filling the questionnaire', () => {
  it('refuses an impossible birthday keeping the typed text, saves a real one as midnight in Moscow, and the full name (capitals fixed) renames the contact', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const birthday = await screen.findByLabelText('День рождения');
    await user.type(birthday, '31.02.1978');
    await user.click(screen.getByRole('button', { name: 'Сохранить: День рождения' }));
    expect(await screen.findByText('Такой даты нет в календаре')).toBeInTheDocument();
    expect(birthday).toHaveValue('31.02.1978');
    expect(fieldValue(DEMO_IDS.kuznetsov, 'День рождения')).toBeUndefined();

    await user.clear(birthday);
    await user.type(birthday, '14.05.1978{Enter}');
    expect(await screen.findByText('14.05.1978', {}, SAVED)).toBeInTheDocument();
    expect(fieldValue(DEMO_IDS.kuznetsov, 'День рождения')).toBe(Date.UTC(1978, 4, 14) / 1000 - 3 * 3600);

    await user.type(screen.getByLabelText('ФИО'), 'кузнецов сергей васильевич');
    await user.click(screen.getByRole('button', { name: 'Сохранить: ФИО' }));
    expect(await screen.findByText('Кузнецов Сергей Васильевич', {}, SAVED)).toBeInTheDocument();
    expect(sandbox.store.contacts.get(DEMO_IDS.kuznetsov)?.name).toBe('Кузнецов Сергей Васильевич');
    // The emails hold a trailing space: the same rule as the queue says it needs fixing, not that it is filled.
    expect(screen.getByText('Исправить: Email')).toBeInTheDocument();
    expect(screen.queryByText('Анкета заполнена.')).not.toBeInTheDocument();
  });

  it('adds a missing email to the EMAIL list, and says when an email is malformed', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.egorov });
    const email = await screen.findByLabelText('Email');
    await user.type(email, 'egorov@mail{Enter}');
    expect(await screen.findByText('Проверьте адрес после @')).toBeInTheDocument();
    await user.clear(email);
    await user.type(email, ' egorov.prorab@Mail.RU {Enter}');
    expect(await screen.findByText('egorov.prorab@mail.ru', {}, SAVED)).toBeInTheDocument();
    const stored = sandbox.store.contacts.get(DEMO_IDS.egorov)?.custom_fields_values?.find((f) => f.field_code === 'EMAIL');
    expect(stored?.values.map((v) => v.value)).toEqual(['egorov.prorab@mail.ru']); // cleaned by the engine's rule
  });
});

describe('checking any number (reverse lookup)', () => {
  it('lists every contact and deal holding the number and whose it is on this card', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    await screen.findAllByText(/^Клиент · /);
    const lookup = screen.getByRole('region', { name: 'Проверить номер' });
    await user.type(within(lookup).getByLabelText('Номер телефона для проверки'), '8 (911) 765-43-21');
    await user.click(within(lookup).getByRole('button', { name: 'Найти' }));
    expect(await within(lookup).findByText(/^Контакты с этим номером: \d+/)).toBeInTheDocument();
    expect(within(lookup).getByRole('link', { name: 'Кузнецов Сергей прораб' })).toHaveAttribute(
      'href',
      `/contacts/detail/${DEMO_IDS.kuznetsov}`,
    );
    expect(within(lookup).getByText(/этот прораб/)).toBeInTheDocument();
    expect(within(lookup).getByText('Номер есть на этой карточке:')).toBeInTheDocument();
    expect(within(lookup).getByText('Клиент · уверенно')).toBeInTheDocument();
    expect(within(lookup).getAllByRole('link', { name: /Загребский/ }).length).toBeGreaterThan(0);
  });

  it('asks for more digits rather than searching for a fragment', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const lookup = await screen.findByRole('region', { name: 'Проверить номер' });
    await user.type(within(lookup).getByLabelText('Номер телефона для проверки'), '12{Enter}');
    expect(within(lookup).getByText('Введите хотя бы 5 цифр номера.')).toBeInTheDocument();
  });
});
