// @vitest-environment jsdom
// Questionnaire saves against the sandbox over real HTTP: another manager (a second session, as
// another user) edits the card between the panel's read and the save; the panel never writes over
// that silently. Also: the engine's proposal fills the input (and only the input), and a failed
// save keeps what was typed.
import { screen, waitFor, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { CONTACT_FIELD } from '../../sandbox/demo/fields';
import { failNext, renderPanel, sandbox, withSandboxWorld } from './panelWorld';

withSandboxWorld();

const SAVED = { timeout: 20_000 };
const OTHER_MANAGER = 8101003;
const KUZNETSOV = DEMO_IDS.kuznetsov;

const stored = (field: number) =>
  sandbox.store.contacts
    .get(KUZNETSOV)
    ?.custom_fields_values?.find((f) => f.field_id === field)
    ?.values.map((v) => v.value);
const title = () => sandbox.store.contacts.get(KUZNETSOV)?.name;

/** Another manager, in their own session, changes the contact through the API. */
async function otherManagerPatches(body: Record<string, unknown>): Promise<void> {
  const login = await fetch(`${sandbox.url}/sandbox/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user_id: OTHER_MANAGER }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('session='))!;
  const res = await fetch(`${sandbox.url}/api/v4/contacts/${KUZNETSOV}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

const fio = (value: string) => ({ custom_fields_values: [{ field_id: CONTACT_FIELD.fullName, values: [{ value }] }] });

describe('the questionnaire proposes', () => {
  it('fills the full name from the title by keyboard, saves nothing until the manager confirms', async () => {
    const { user } = renderPanel({ partnerId: KUZNETSOV });
    const input = await screen.findByLabelText('ФИО');
    expect(screen.getByText('В подсказке: нет отчества')).toBeInTheDocument();
    const propose = screen.getByRole('button', { name: 'Подставить: Кузнецов Сергей' });
    propose.focus();
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('Кузнецов Сергей');
    expect(input).toHaveFocus();
    expect(stored(CONTACT_FIELD.fullName)).toBeUndefined();
    await user.type(input, ' Петрович{Enter}');
    expect(await screen.findByText('Кузнецов Сергей Петрович', {}, SAVED)).toBeInTheDocument();
    expect(stored(CONTACT_FIELD.fullName)).toEqual(['Кузнецов Сергей Петрович']);
  });

  it('fixes malformed emails in one click, keeping each address kind', async () => {
    const { user } = renderPanel({ partnerId: KUZNETSOV });
    await screen.findByText('Исправить: Email');
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAccessibleDescription(/Что не так: лишние пробелы, «mailto:» или заглавные буквы в домене/);
    await user.click(
      screen.getByRole('button', { name: 'Подставить: kuznetsov.prorab@mail.ru, sergey.k1978@yandex.ru, Kuznetsov.S.V@gmail.com' }),
    );
    expect(email).toHaveValue('kuznetsov.prorab@mail.ru, sergey.k1978@yandex.ru, Kuznetsov.S.V@gmail.com');
    await user.click(screen.getByRole('button', { name: 'Сохранить: Email' }));
    await waitFor(() => expect(screen.queryByText('Исправить: Email')).not.toBeInTheDocument(), SAVED);
    const list = sandbox.store.contacts.get(KUZNETSOV)?.custom_fields_values?.find((f) => f.field_code === 'EMAIL')?.values;
    expect(list?.map((v) => [v.value, v.enum_code])).toEqual([
      ['kuznetsov.prorab@mail.ru', 'WORK'],
      ['sergey.k1978@yandex.ru', 'PRIV'],
      ['Kuznetsov.S.V@gmail.com', 'OTHER'],
    ]);
  });

  it('offers the fix for a typo in a typed email instead of saving it', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.egorov });
    const email = await screen.findByLabelText('Email');
    await user.type(email, 'egorov@gmail.con{Enter}');
    expect(await screen.findByText('Похоже на опечатку в домене')).toBeInTheDocument();
    expect(email).toHaveValue('egorov@gmail.con');
    await user.click(screen.getByRole('button', { name: 'Подставить: egorov@gmail.com' }));
    expect(email).toHaveValue('egorov@gmail.com');
  });
});

describe('another manager saved first (compare-and-set)', () => {
  it('does not overwrite their full name: says it, and «Оставить их» keeps it', async () => {
    const { user } = renderPanel({ partnerId: KUZNETSOV });
    const input = await screen.findByLabelText('ФИО');
    await otherManagerPatches(fio('Кузнецов Сергей Петрович'));
    await user.type(input, 'Кузнецов Сергей Васильевич{Enter}');
    const alert = await screen.findByRole('alert', {}, SAVED);
    expect(alert).toHaveTextContent('Другой менеджер уже записал: Кузнецов Сергей Петрович.');
    expect(alert).toHaveTextContent('Ваше: Кузнецов Сергей Васильевич.');
    expect(stored(CONTACT_FIELD.fullName)).toEqual(['Кузнецов Сергей Петрович']);
    expect(title()).toBe('Кузнецов Сергей прораб');
    await user.click(within(alert).getByRole('button', { name: 'Оставить их' }));
    expect(await screen.findByText('Кузнецов Сергей Петрович', {}, SAVED)).toBeInTheDocument();
    expect(stored(CONTACT_FIELD.fullName)).toEqual(['Кузнецов Сергей Петрович']);
  });

  it('writes mine only when the manager says so', async () => {
    const { user } = renderPanel({ partnerId: KUZNETSOV, lang: 'en' });
    const input = await screen.findByLabelText('Full name');
    await otherManagerPatches(fio('Кузнецов Сергей Петрович'));
    await user.type(input, 'Кузнецов Сергей Васильевич{Enter}');
    const alert = await screen.findByRole('alert', {}, SAVED);
    expect(alert).toHaveTextContent('Another manager saved: Кузнецов Сергей Петрович.');
    await user.click(within(alert).getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByText('Кузнецов Сергей Васильевич', {}, SAVED)).toBeInTheDocument();
    expect(stored(CONTACT_FIELD.fullName)).toEqual(['Кузнецов Сергей Васильевич']);
  });

  it('does not rename a title another manager changed, unless asked', async () => {
    const { user } = renderPanel({ partnerId: KUZNETSOV });
    const input = await screen.findByLabelText('ФИО');
    await otherManagerPatches({ name: 'Кузнецов С. (бригада 4)' });
    await user.type(input, 'Кузнецов Сергей Васильевич{Enter}');
    const alert = await screen.findByRole('alert', {}, SAVED);
    expect(alert).toHaveTextContent('Другой менеджер уже переименовал контакт: Кузнецов С. (бригада 4).');
    expect(stored(CONTACT_FIELD.fullName)).toBeUndefined();
    await user.click(within(alert).getByRole('button', { name: 'Сохранить ФИО, оставить их название' }));
    expect(await screen.findByText('Кузнецов Сергей Васильевич', {}, SAVED)).toBeInTheDocument();
    expect(stored(CONTACT_FIELD.fullName)).toEqual(['Кузнецов Сергей Васильевич']);
    expect(title()).toBe('Кузнецов С. (бригада 4)');
  });

  it('shows another manager’s birthday as a date and keeps it', async () => {
    const { user } = renderPanel({ partnerId: KUZNETSOV });
    const input = await screen.findByLabelText('День рождения');
    await otherManagerPatches({
      custom_fields_values: [{ field_id: CONTACT_FIELD.birthday, values: [{ value: Date.UTC(1985, 0, 9, 21) / 1000 }] }],
    });
    await user.type(input, '14.05.1978{Enter}');
    const alert = await screen.findByRole('alert', {}, SAVED);
    expect(alert).toHaveTextContent('Другой менеджер уже записал: 10.01.1985.');
    expect(stored(CONTACT_FIELD.birthday)).toEqual([Date.UTC(1985, 0, 9, 21) / 1000]);
  });
});

describe('a failed save', () => {
  it('says so and keeps the typed text in the input', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.egorov });
    const input = await screen.findByLabelText('Комментарий');
    failNext('patch', `/api/v4/contacts/${DEMO_IDS.egorov}`, 500);
    await user.type(input, 'Звонить после 10:00{Enter}');
    expect(await screen.findByRole('alert', {}, SAVED)).toBeInTheDocument();
    expect(input).toHaveValue('Звонить после 10:00');
    const comment = sandbox.store.contacts.get(DEMO_IDS.egorov)?.custom_fields_values?.find((f) => f.field_id === CONTACT_FIELD.comment);
    expect(comment).toBeUndefined();
  });
});
