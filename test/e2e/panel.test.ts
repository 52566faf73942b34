// The seed's whole procedure through the built widget (dist/widget) in the sandbox's contact card,
// driven by headless Chromium: see the owners, move a client number to a contact named by the
// client base and another named by the job address, fill the questionnaire, undo one move, and
// check the sandbox's store. Then the same with 20% injected 5xx and the rate limit on.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { sandboxInBrowser, SHOTS } from './browser';
import { SANDBOX_WIDGET_CODE } from '../../sandbox/page/mounts';
import type { Sandbox } from '../../sandbox/server';
import { DEMO_IDS } from '../../sandbox/demo';
import { digits, holders as holdersIn, phonesOf as phonesIn } from './storeChecks';

const BLOCK = `.card-widgets__widget-${SANDBOX_WIDGET_CODE}`;
const FOREMAN = DEMO_IDS.kuznetsov;
const SOKOLOVA = { number: '+7 911 765-43-21', name: 'Соколова Марина Викторовна', dealId: 31500101 };
const KUPCHINSKAYA = { number: '+7 905 222-33-44', name: 'Купчинская 4-3-22', dealId: 31500102 };

let sandbox: Sandbox;
let close: () => Promise<void>;
let page: Page;
let pageErrors: string[];

const phonesOf = (contactId: number) => phonesIn(sandbox, contactId);
const holders = (number: string) => holdersIn(sandbox, number);

async function openCard(id: number): Promise<Locator> {
  await page.goto(`${sandbox.url}/#/contacts/${id}`);
  const block = page.locator(BLOCK);
  await block.getByRole('heading', { name: 'Анкета' }).waitFor({ timeout: 60_000 });
  return block;
}

async function shot(name: string, block: Locator): Promise<void> {
  await block.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Waits for the owners, pressing the panel's «Повторить» when a read failed (injected faults). */
async function waitForOwners(block: Locator, row?: Locator): Promise<void> {
  const verdict = (row ?? block).getByText(/^(Клиент|Прораб|Не ясно) · /).first();
  for (let i = 0; i < 20; i += 1) {
    const retry = block.getByRole('button', { name: 'Повторить', exact: true });
    await verdict.or(retry.first()).waitFor({ timeout: 90_000 });
    if (await verdict.isVisible()) return;
    await retry.first().click();
  }
  throw new Error('owners never showed');
}

/** Clicks «Повторить…» whenever a step stops, until the move is reported done. */
async function untilMoved(block: Locator, number: string, name: string): Promise<void> {
  const done = block.getByText(`Номер ${number} перенесён в контакт «${name}».`);
  for (let i = 0; i < 30; i += 1) {
    const retry = block.getByRole('button', { name: /^Повторить с шага/ });
    await done.or(retry.first()).waitFor({ timeout: 60_000 });
    if (await done.isVisible()) return;
    await retry.first().click();
  }
  throw new Error(`${number} never finished moving`);
}

/** Presses «Отменить», then «Повторить…» whenever an undo step stops, until the number is back. */
async function untilUndone(block: Locator, number: string): Promise<void> {
  await block.getByRole('button', { name: `Отменить перенос номера ${number}` }).click();
  const done = block.getByText(`Перенос ${number} отменён: номер снова у прораба.`);
  for (let i = 0; i < 30; i += 1) {
    const retry = block.getByRole('button', { name: /^Повторить с шага/ });
    await done.or(retry.first()).waitFor({ timeout: 60_000 });
    if (await done.isVisible()) return;
    await retry.first().click();
  }
  throw new Error(`${number} never came back`);
}

async function moveToNewContact(block: Locator, number: string, expectedName: string): Promise<void> {
  const row = block.getByRole('listitem', { name: number });
  await waitForOwners(block, row);
  // A client's number opens the form directly; an unclear one is declared a client's by the manager.
  await row.getByRole('button', { name: /^(Перенести клиенту…|Это клиент — перенести)$/ }).click();
  const form = row.getByRole('form');
  await form.getByRole('button', { name: 'Куда перенести' }).click();
  await page.locator('[role="list"]:visible').getByText('Новый контакт').click();
  const name = form.getByLabel('Имя клиента');
  if ((await name.inputValue()) !== expectedName) await name.fill(expectedName);
  await form.getByRole('button', { name: 'Перенести номер клиенту' }).click();
  await untilMoved(block, number, expectedName);
}

async function answer(block: Locator, label: string, text: string): Promise<void> {
  await block.getByLabel(label, { exact: true }).fill(text);
  await block.getByRole('button', { name: `Сохранить: ${label}` }).click();
}

beforeAll(async () => {
  ({ sandbox, page, pageErrors, close } = await sandboxInBrowser());
});

afterAll(() => close?.());

// A fresh page per test: the panel keeps its moves for the page's life, and the store is reset under it.
beforeEach(async () => {
  sandbox.reset();
  await page.goto('about:blank');
});

describe('the partner panel runs the company procedure on a foreman card', () => {
  it('moves two client numbers, fills the questionnaire, undoes one move; the store holds every number once where it belongs', async () => {
    const originals = phonesOf(FOREMAN);
    const block = await openCard(FOREMAN);
    await waitForOwners(block);
    await shot('panel-ru-light', block);

    await moveToNewContact(block, SOKOLOVA.number, SOKOLOVA.name);
    await moveToNewContact(block, KUPCHINSKAYA.number, KUPCHINSKAYA.name);
    await answer(block, 'ФИО', 'Кузнецов Сергей Васильевич');
    await answer(block, 'День рождения', '14.05.1978');
    // His emails hold stray spaces: by the one questionnaire rule they need fixing; the proposal fills the input.
    await block.getByRole('button', { name: /^Подставить: kuznetsov\.prorab@mail\.ru/ }).click();
    await block.getByRole('button', { name: 'Сохранить: Email' }).click();
    await block.getByText('Анкета заполнена.').waitFor();
    await block.getByRole('button', { name: `Отменить перенос номера ${KUPCHINSKAYA.number}` }).click();
    await block.getByText(`Перенос ${KUPCHINSKAYA.number} отменён: номер снова у прораба.`).waitFor({ timeout: 60_000 });
    await shot('panel-ru-after-moves', block);

    const sokolova = [...sandbox.store.contacts.values()].find((c) => c.name === SOKOLOVA.name && c.id > 24000200)!;
    expect(holders(SOKOLOVA.number)).toEqual([sokolova.id]);
    expect(holders(KUPCHINSKAYA.number)).toEqual([FOREMAN]);
    expect(sandbox.store.contactsOfLead(SOKOLOVA.dealId).map((c) => c.id)).toContain(sokolova.id);
    // Every other number the foreman had is still there, exactly once.
    for (const value of originals.filter((v) => digits(v) !== digits(SOKOLOVA.number))) expect(phonesOf(FOREMAN)).toContain(value);
    const foreman = sandbox.store.contacts.get(FOREMAN)!;
    expect(foreman.name).toBe('Кузнецов Сергей Васильевич');
    expect(
      foreman.custom_fields_values?.some(
        (f) => f.field_name === 'День рождения' && f.values[0]?.value === Date.UTC(1978, 4, 14) / 1000 - 3 * 3600,
      ),
    ).toBe(true);

    const egorov = await openCard(DEMO_IDS.egorov);
    await answer(egorov, 'Email', 'egorov.prorab@mail.ru');
    await egorov.getByText('egorov.prorab@mail.ru').waitFor({ timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  });

  it('with 20% of answers failing and the rate limit on, retries finish every move and the undo, and nothing is lost', async () => {
    const before = new Map([SOKOLOVA, KUPCHINSKAYA].map((c) => [c.number, holders(c.number).length]));
    const othersBefore = phonesOf(FOREMAN).filter((v) => ![SOKOLOVA, KUPCHINSKAYA].some((c) => digits(v) === digits(c.number)));
    const block = await openCard(FOREMAN);
    sandbox.faults.set({ errorRate: 0.2, rateLimit: true, seed: 7 });
    await moveToNewContact(block, SOKOLOVA.number, SOKOLOVA.name);
    await moveToNewContact(block, KUPCHINSKAYA.number, KUPCHINSKAYA.name);
    await untilUndone(block, KUPCHINSKAYA.number);
    sandbox.faults.set({ errorRate: 0, rateLimit: false });
    // The faults really happened along the way (the test is not passing on a quiet server).
    expect(sandbox.stats.log.filter((e) => e.status >= 500 || e.status === 429).length).toBeGreaterThan(0);

    const sokolova = holders(SOKOLOVA.number);
    expect(sokolova).toHaveLength(before.get(SOKOLOVA.number)!);
    expect(sandbox.store.contacts.get(sokolova[0]!)?.name).toBe(SOKOLOVA.name);
    expect(holders(KUPCHINSKAYA.number)).toEqual([FOREMAN]); // undone: back on the foreman, once
    // One contact per move, however many attempts the faults forced.
    expect([...sandbox.store.contacts.keys()].filter((id) => id > 24000200)).toHaveLength(2);
    for (const value of othersBefore) expect(phonesOf(FOREMAN)).toContain(value);
  });

  it('screenshots: dark, English and the heavy card', async () => {
    let block = await openCard(FOREMAN);
    await page.click('.sbx-theme-toggle');
    await waitForOwners(block);
    await shot('panel-ru-dark', block);
    // «Почему так» is a real control in the browser: focused and opened with Enter, it shows the evidence.
    const sokolova = block.getByRole('listitem', { name: SOKOLOVA.number });
    const deal = sokolova.getByRole('link', { name: /Загребский/ });
    expect(await deal.isVisible()).toBe(false);
    await sokolova.getByText('Почему так', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await deal.waitFor({ state: 'visible' });
    await shot('panel-ru-dark-why', block);
    await page.click('.sbx-theme-toggle');
    await page.click('.sbx-lang-en');
    block = page.locator(BLOCK);
    await block
      .getByText(/^Client · /)
      .first()
      .waitFor({ timeout: 60_000 });
    await shot('panel-en-light', block);
    await page.click('.sbx-lang-ru');
    block = await openCard(DEMO_IDS.heavy);
    await waitForOwners(block);
    await shot('panel-heavy-ru', block);
  });
});
