// The cleanup queue on the sandbox's advanced settings page, through the built widget (dist/widget)
// in headless Chromium: scan the demo account, read the list, filter, dry-run a bulk move (nothing
// written), find the result again after a reload, and open a card from the list.
import { type Browser, type Page } from 'playwright-core';
import { assertWidgetBuilt, launchChromium } from './browser';
import { pageServing } from '../../sandbox/page/mounts';
import { createSandbox, type Sandbox } from '../../sandbox/server';

let sandbox: Sandbox;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const QUEUE = '#list_page_holder .partner_card_cleaner-advanced';
/** Cards ticked for the bulk move: enough to show it, few enough to stay quick under the rate limit. */
const TICKED = 2;

const writes = () => sandbox.stats.log.filter((e) => e.method !== 'GET').map((e) => `${e.method} ${e.path}`);
const phonesOf = (id: number): string[] =>
  (sandbox.store.contacts.get(id)?.custom_fields_values ?? [])
    .filter((f) => f.field_code === 'PHONE')
    .flatMap((f) => f.values.map((v) => String(v.value ?? '')));
const digits = (text: string) => text.replace(/\D/g, '').slice(-10);
const idByName = (name: string) => [...sandbox.store.contacts.values()].find((c) => c.name === name)?.id ?? 0;

beforeAll(async () => {
  assertWidgetBuilt();
  sandbox = await createSandbox({ port: 0, ...pageServing(), faults: { latencyMs: 30 } });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${sandbox.url}/#/advanced`);
  await page.locator(QUEUE).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('the cleanup queue on the advanced settings page', () => {
  it('scans the demo account with a progress bar and lists the foreman cards that need work', async () => {
    const queue = page.locator(QUEUE);
    await queue.getByText('Карточки ещё не проверялись', { exact: false }).waitFor();
    await queue.getByRole('button', { name: 'Проверить карточки' }).click();
    await queue.getByRole('progressbar').first().waitFor();
    await queue.getByText(/Проверка закончена/).waitFor({ timeout: 120_000 });
    const list = queue.getByRole('list', { name: 'Карточки прорабов' });
    expect(await list.getByRole('link').count()).toBeGreaterThanOrEqual(6);
    await expect
      .poll(() => list.getByRole('link', { name: 'Кузнецов Сергей прораб' }).getAttribute('href'))
      .toBe('/contacts/detail/24000101');
    const summary = queue.getByRole('region', { name: 'Итоги' });
    expect(Number(await summary.locator('dd').nth(2).innerText())).toBeGreaterThan(0); // numbers to move
    expect(writes()).toEqual([]);
  });

  it('filters to the cards ready for a bulk move and dry-runs it without writing anything', async () => {
    const queue = page.locator(QUEUE);
    await queue.getByRole('button', { name: /^Готовы к переносу/ }).click();
    const list = queue.getByRole('list', { name: 'Карточки прорабов' });
    const ready = await list.getByRole('link').count();
    expect(ready).toBeGreaterThan(0);
    await queue.getByRole('button', { name: 'Выбрать все готовые' }).click();
    const boxes = list.getByRole('checkbox');
    expect(await boxes.count()).toBe(ready);
    // Two cards are enough to show a bulk move: the last two, with the least work, since the list is
    // sorted by the amount of work; every ready card would make this test as slow as the 7 requests/s
    // limit times all their moves.
    // The kit draws its own box over a native input it moves out of view: click that input, as a
    // keyboard user's Space does.
    for (let i = 0; i < ready - TICKED; i++) await boxes.nth(i).evaluate((box: HTMLInputElement) => box.click());
    for (let i = 0; i < ready; i++) expect(await boxes.nth(i).isChecked()).toBe(i >= ready - TICKED);
    const preview = queue.getByRole('list', { name: 'Что изменится' });
    expect(await preview.getByRole('listitem').count()).toBeGreaterThanOrEqual(Math.min(ready, TICKED));
    await queue.getByRole('button', { name: 'Пробный прогон' }).click();
    await queue.getByText(/Пробный прогон: запросы, которые были бы отправлены/).waitFor({ timeout: 60_000 });
    await expect.poll(() => queue.getByText(/^PATCH \/api\/v4\/contacts\/\d+$/).count()).toBeGreaterThan(0);
    expect(writes()).toEqual([]);
  });

  it("moves the ticked cards' client numbers for real, losing none, and undoes one card", async () => {
    const queue = page.locator(QUEUE);
    const names = (await queue.getByRole('list', { name: 'Карточки прорабов' }).getByRole('link').allInnerTexts())
      .map((n) => n.trim())
      .slice(-TICKED);
    const before = new Map(names.map((n) => [n, phonesOf(idByName(n))] as const));
    await queue.getByRole('button', { name: /^Перенести всё/ }).click();
    const results = queue.getByRole('list', { name: 'Результат переноса' });
    await expect.poll(() => results.getByText(/перенесено номеров/).count(), { timeout: 90_000 }).toBe(names.length);

    const everyoneElse = (id: number) =>
      [...sandbox.store.contacts.values()]
        .filter((c) => c.id !== id)
        .flatMap((c) => phonesOf(c.id))
        .map(digits);
    for (const [name, phones] of before) {
      const id = idByName(name);
      const gone = phones.filter((p) => !phonesOf(id).includes(p));
      expect(gone.length).toBeGreaterThan(0);
      // Not one number lost: each value that left the foreman is on another contact now.
      for (const value of gone) expect(everyoneElse(id)).toContain(digits(value));
    }

    const [first] = names as [string];
    await results.getByRole('button', { name: `Отменить перенос для «${first}»` }).click();
    await results.getByText(`«${first}»: перенос отменён, номера возвращены прорабу.`).waitFor({ timeout: 60_000 });
    expect([...phonesOf(idByName(first))].sort()).toEqual([...(before.get(first) ?? [])].sort());
  });

  it('shows the stored result after a reload without scanning again, and opens a card from the list', async () => {
    const before = sandbox.stats.requests;
    await page.reload();
    const queue = page.locator(QUEUE);
    await queue.getByText(/Проверка закончена/).waitFor();
    const list = queue.getByRole('list', { name: 'Карточки прорабов' });
    await list.getByRole('link').first().waitFor();
    expect(sandbox.stats.log.slice(before).filter((e) => e.path.includes('with=leads&limit=250')).length).toBe(0); // the scan's listing
    await list.getByRole('link', { name: 'Кузнецов Сергей прораб' }).click();
    await page.waitForFunction(() => location.hash === '#/contacts/24000101');
    await page.locator('.partner_card_cleaner-root').first().waitFor();
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
