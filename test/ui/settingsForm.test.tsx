// @vitest-environment jsdom
// The settings form against the sandbox's account: what the widget detected, a choice among the
// account's fields of the right type written back into amoCRM's inputs, and values that point at
// nothing refused on Save, in words.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAmoClient, createScheduler } from '../../src/api/client';
import { mountSettingsForm, type MountedSettingsForm } from '../../src/ui/settings/mountSettingsForm';
import type { WidgetSettings } from '../../src/host';
import { createSandbox, type Sandbox } from '../../sandbox/server';
import { sandboxCookie } from '../../bench/session';
import { testHost } from './testHost';

let sandbox: Sandbox;
let cookie = '';
let mounted: MountedSettingsForm | undefined;
const SLOW = { timeout: 30_000 };

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
  cookie = await sandboxCookie(sandbox.url);
});
afterEach(() => {
  act(() => mounted?.unmount());
  mounted = undefined;
  document.body.replaceChildren();
});
afterAll(() => sandbox.close());

function openForm(values: WidgetSettings = {}, lang: 'ru' | 'en' = 'ru') {
  const written: Array<[string, string]> = [];
  const el = document.createElement('div');
  document.body.append(el);
  const client = createAmoClient({
    baseUrl: sandbox.url,
    headers: { Cookie: cookie },
    scheduler: createScheduler({ windowMs: 100, marginMs: 25 }),
  });
  const host = testHost({ apiBase: sandbox.url, lang });
  act(() => {
    mounted = mountSettingsForm(el, host, { values, write: (k, v) => written.push([k, v]), client });
  });
  return { written, form: mounted as MountedSettingsForm };
}

describe('the settings form', () => {
  it('shows what was detected for each setting, and a choice among fields of the right type', async () => {
    const { written } = openForm();
    const fullName = await screen.findByRole('group', { name: 'ФИО полностью — поле контакта' }, SLOW);
    expect(within(fullName).getByText('Найдено в аккаунте: поле «ФИО полностью», id 501201')).toBeInTheDocument();
    const select = within(fullName).getByRole('combobox', { name: 'ФИО полностью — поле контакта' });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toBe('Определять автоматически — сейчас: ФИО полностью (id 501201)');
    // Text fields only: no date, select or phone list offered for a name.
    expect(options).toContain('Комментарий (id 501207)');
    expect(options).not.toContain('День рождения (id 501203)');
    expect(options).not.toContain('Роль (id 501205)');

    const list = screen.getByRole('group', { name: 'Клиентская база — список' });
    expect(within(list).getByText('Найдено в аккаунте: список «Клиентская база», id 12301')).toBeInTheDocument();
    const contract = screen.getByRole('group', { name: 'Номер договора — поле сделки' });
    expect(within(contract).getByText('Найдено в аккаунте: поле «Номер договора», id 601103')).toBeInTheDocument();

    await userEvent.selectOptions(select, 'Комментарий (id 501207)');
    expect(written).toEqual([['field_full_name', '501207']]);
  });

  it('a saved field or list that does not exist is an error in words, and the save is refused', async () => {
    const values = { field_full_name: '999999', client_catalog: 'Старая база', field_birthday: '501201' };
    const { form } = openForm(values);
    const fullName = await screen.findByRole('group', { name: 'ФИО полностью — поле контакта' }, SLOW);
    expect(within(fullName).getByRole('option', { name: 'Сохранено: «999999» — нет в аккаунте' })).toBeInTheDocument();
    expect(within(fullName).getByRole('alert')).toHaveTextContent('Поле «999999» не найдено в аккаунте. Выберите поле из списка.');

    let saved = true;
    await act(async () => {
      saved = await form.check(values);
    });
    expect(saved).toBe(false);
    expect(screen.getByText('Настройки не сохранены: исправьте отмеченное (3).')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'ФИО полностью — поле контакта' })).getByRole('combobox')).toHaveFocus();
    expect(within(screen.getByRole('group', { name: 'Клиентская база — список' })).getByRole('alert')).toHaveTextContent(
      'Список «Старая база» не найден в аккаунте.',
    );
    expect(within(screen.getByRole('group', { name: 'День рождения — поле контакта' })).getByRole('alert')).toHaveTextContent(
      'Поле «ФИО полностью» не подходит: его тип «text».',
    );
  });

  it('a marker naming a value the role field lacks is refused; a tag or real value passes', async () => {
    const { form } = openForm();
    await screen.findByRole('group', { name: 'Признак прораба' }, SLOW);
    let ok = true;
    await act(async () => {
      ok = await form.check({ partner_marker: 'field:Роль=Бригадир' });
    });
    expect(ok).toBe(false);
    expect(within(screen.getByRole('group', { name: 'Признак прораба' })).getByRole('alert')).toHaveTextContent(
      'В поле «Роль» нет значения «Бригадир».',
    );
    await act(async () => {
      ok = await form.check({ partner_marker: 'field:501205=Прораб / партнёр', field_full_name: 'ФИО полностью' });
    });
    expect(ok).toBe(true);
    await act(async () => {
      ok = await form.check({ partner_marker: 'бригадир' });
    });
    expect(ok).toBe(true);
  });

  it('in English', async () => {
    openForm({}, 'en');
    const fullName = await screen.findByRole('group', { name: 'Full name — contact field' }, SLOW);
    expect(within(fullName).getByText('Found in this account: field «ФИО полностью», id 501201')).toBeInTheDocument();
  });
});
