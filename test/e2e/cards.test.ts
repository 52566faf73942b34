// The built widget on cards that are not a foreman's, and its settings modal, in the sandbox page
// driven by headless Chromium, in Russian and English: a client's card (its number the client's,
// a move off the foreman's card, where it came from, undo), a supplier's card, and the settings
// form (what was detected; a field that does not exist refused, nothing saved).
import path from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import { sandboxInBrowser, SHOTS } from './browser';
import { SANDBOX_WIDGET_CODE } from '../../sandbox/page/mounts';
import type { Sandbox } from '../../sandbox/server';
import { DEMO_IDS } from '../../sandbox/demo';
import { SUPPLIER_ID } from '../../sandbox/demo/supplierPart';

const BLOCK = `.card-widgets__widget-${SANDBOX_WIDGET_CODE}`;
const ORLOVA = 24000102;
const POPOV = { id: 24000110, number: '+7 905 510-96-49' };
const SETTINGS_KEY = `sbx:settings:${SANDBOX_WIDGET_CODE}`;
const LONG = { timeout: 90_000 };

let sandbox: Sandbox;
let page: Page;
let pageErrors: string[] = [];

const digits = (s: string) => s.replace(/\D/g, '').slice(-10);
function holds(contactId: number, number: string): boolean {
  const field = sandbox.store.contacts.get(contactId)?.custom_fields_values?.find((f) => f.field_code === 'PHONE');
  return (field?.values ?? []).some((v) => String(v.value).replace(/\D/g, '').includes(digits(number)));
}

/** Opens a page of the sandbox in a language, with the widget's saved settings as given. */
async function open(hash: string, lang: 'ru' | 'en', saved: Record<string, string> = {}): Promise<void> {
  await page.goto(`${sandbox.url}/`);
  await page.evaluate(
    ([key, fields, l]) => {
      localStorage.setItem('sbx:lang', l as string);
      localStorage.setItem(key as string, JSON.stringify({ fields, active: 'Y', status: 'installed' }));
    },
    [SETTINGS_KEY, saved, lang] as const,
  );
  await page.goto(`${sandbox.url}/#${hash}`);
  await page.reload();
}

async function openCard(id: number, lang: 'ru' | 'en', firstText: string | RegExp): Promise<Locator> {
  await open(`/contacts/${id}`, lang);
  const block = page.locator(BLOCK);
  await block.getByText(firstText).first().waitFor(LONG);
  return block;
}

const shot = (name: string, target: Locator) => target.screenshot({ path: path.join(SHOTS, `${name}.png`) });

let close: () => Promise<unknown> = async () => undefined;

beforeAll(async () => {
  ({ sandbox, page, pageErrors, close } = await sandboxInBrowser());
});

afterAll(() => close());

beforeEach(() => sandbox.reset());

describe('a client’s card', () => {
  it('ru: the client’s own number is the client’s, with its deal; no questionnaire, no foreman verdict', async () => {
    const block = await openCard(ORLOVA, 'ru', /^Это карточка клиента/);
    const row = block.getByRole('listitem', { name: '+7 911 900-12-34' });
    await row.getByText('Номер клиента. На карточках прорабов его нет.').waitFor(LONG);
    await block.getByRole('link', { name: 'Ленинский пр. 125-2-47' }).waitFor(LONG);
    expect(await block.getByRole('heading', { name: 'Анкета' }).count()).toBe(0);
    expect(await block.innerText()).not.toMatch(/не заполнено|Прораб · /i);
    await shot('client-card-ru', block);
  });

  it('ru: one click moves the number off the foreman’s card, the card says where it came from, undo puts it back', async () => {
    const block = await openCard(POPOV.id, 'ru', /^Это карточка клиента/);
    const move = block.getByRole('button', { name: `Убрать номер ${POPOV.number} с карточки прораба «Кузнецов Сергей прораб»` });
    await move.waitFor(LONG);
    await page.waitForFunction(
      (sel) => !document.querySelector(sel)?.hasAttribute('disabled'),
      `${BLOCK} button[aria-label^="Убрать номер"]`,
      LONG,
    );
    await shot('client-card-on-foreman-ru', block);
    await move.click();
    const from = block.getByRole('region', { name: 'Откуда номера' });
    await from.getByText(/^Номер \+7 905 510-96-49 перенесён с карточки „Кузнецов Сергей прораб“ \d\d\.\d\d$/).waitFor(LONG);
    expect(holds(DEMO_IDS.kuznetsov, POPOV.number)).toBe(false);
    expect(holds(POPOV.id, POPOV.number)).toBe(true);
    await block.getByRole('listitem', { name: POPOV.number }).getByText('Номер клиента. На карточках прорабов его нет.').waitFor(LONG);
    expect(await move.count()).toBe(0);
    await shot('client-card-moved-ru', block);
    await from.getByRole('button', { name: /^Отменить перенос/ }).click();
    await from.getByText(/перенос отменён$/).waitFor(LONG);
    expect(holds(DEMO_IDS.kuznetsov, POPOV.number)).toBe(true);
    expect(holds(POPOV.id, POPOV.number)).toBe(true);
  });

  it('en: the same card in English', async () => {
    const block = await openCard(ORLOVA, 'en', /^This is a client's card/);
    await block
      .getByRole('listitem', { name: '+7 911 900-12-34' })
      .getByText("The client's number. No foreman's card holds it.")
      .waitFor(LONG);
    expect(await block.getByRole('heading', { name: 'Questionnaire' }).count()).toBe(0);
    expect(await block.innerText()).not.toMatch(/not filled|Foreman · /i);
    await shot('client-card-en', block);
  });
});

describe('a supplier’s card', () => {
  for (const [lang, line, lookup] of [
    ['ru', 'Поставщик: не прораб и не клиент. Номеров: 1, сделок: 0.', 'Проверить номер'],
    ['en', 'Поставщик: neither a foreman nor a client. Numbers: 1, deals: 0.', 'Check a number'],
  ] as const) {
    it(`${lang}: one line of what is known and the reverse lookup; no questionnaire`, async () => {
      const block = await openCard(SUPPLIER_ID, lang, line);
      await block.getByRole('heading', { name: lookup }).waitFor(LONG);
      expect(await block.innerText()).not.toMatch(/Анкета|Questionnaire|Это карточка прораба|Is this a foreman/);
      await shot(`supplier-card-${lang}`, block);
    });
  }
});

describe('the settings form in the widget’s modal', () => {
  const storedFields = () =>
    page.evaluate(
      (key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { fields?: Record<string, string> }).fields ?? {},
      SETTINGS_KEY,
    );

  it('ru: shows what was detected; a field that does not exist is refused and nothing saved; a real choice is saved', async () => {
    await open('/settings', 'ru', { field_full_name: '999999' });
    const modal = page.locator('.sbx-modal__dialog');
    const fullName = modal.getByRole('group', { name: 'ФИО полностью — поле контакта' });
    await fullName.getByText('Найдено в аккаунте: поле «ФИО полностью», id 501201').waitFor(LONG);
    await modal
      .getByRole('group', { name: 'Клиентская база — список' })
      .getByText('Найдено в аккаунте: список «Клиентская база», id 12301')
      .waitFor();
    await fullName.getByRole('alert').getByText('Поле «999999» не найдено в аккаунте. Выберите поле из списка.').waitFor();
    // amoCRM's own inputs stay in the form for its Save, hidden under the richer form.
    expect(await modal.locator('input[name=field_full_name]').isVisible()).toBe(false);
    expect(await modal.locator('input[name=field_full_name]').inputValue()).toBe('999999');

    await modal.locator('.js-widget-save').click();
    await modal.getByText('Настройки не сохранены: исправьте отмеченное (1).').waitFor(LONG);
    await shot('settings-refused-ru', modal);
    expect(await storedFields()).toEqual({ field_full_name: '999999' });

    await modal.getByRole('group', { name: 'Номер договора — поле сделки' }).getByRole('combobox').selectOption('601103');
    await fullName.getByRole('combobox').selectOption('');
    await modal.locator('.js-widget-save').click();
    await page.locator('.sbx-modal').waitFor({ state: 'detached', ...LONG });
    expect(await storedFields()).toMatchObject({ field_full_name: '', field_contract: '601103' });
  });

  it('en: the form in English', async () => {
    await open('/settings', 'en');
    const modal = page.locator('.sbx-modal__dialog');
    await modal
      .getByRole('group', { name: 'Full name — contact field' })
      .getByText('Found in this account: field «ФИО полностью», id 501201')
      .waitFor(LONG);
    await shot('settings-en', modal);
  });
});

it('raised no uncaught errors in the page', () => {
  expect(pageErrors).toEqual([]);
});
