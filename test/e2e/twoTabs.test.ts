// Issue 11, scenario 12 in a real browser: one manager, two tabs (two pages of one browser
// context, so one origin, one session and real Web Locks), the same foreman card open in both,
// and «Перенести» pressed on the same number in both at once. One tab moves it; the other waits
// for the number, re-reads the card, finds it gone and says so without writing anything.
import type { Locator, Page } from 'playwright-core';
import { sandboxInBrowser } from './browser';
import { SANDBOX_WIDGET_CODE } from '../../sandbox/page/mounts';
import type { Sandbox } from '../../sandbox/server';
import { DEMO_IDS } from '../../sandbox/demo';
import { digits, holders, phonesOf } from './storeChecks';

const BLOCK = `.card-widgets__widget-${SANDBOX_WIDGET_CODE}`;
const FOREMAN = DEMO_IDS.kuznetsov;
const SOKOLOVA = { number: '+7 911 765-43-21', name: 'Соколова Марина Викторовна' };
/** Contacts the demo account starts with have lower ids: any above were created by a move. */
const FIRST_CREATED_ID = 24000200;

let sandbox: Sandbox;
let close: () => Promise<void>;
let pages: Page[];
let pageErrors: string[];

/** Opens the card, opens the move form on the number, names a new contact; returns the form's submit button, ready. */
async function readyToMove(page: Page): Promise<Locator> {
  await page.goto(`${sandbox.url}/#/contacts/${FOREMAN}`);
  const block = page.locator(BLOCK);
  const row = block.getByRole('listitem', { name: SOKOLOVA.number });
  await row
    .getByText(/^(Клиент|Прораб|Не ясно) · /)
    .first()
    .waitFor({ timeout: 90_000 });
  await row.getByRole('button', { name: /^(Перенести клиенту…|Это клиент — перенести)$/ }).click();
  const form = row.getByRole('form');
  await form.getByRole('button', { name: 'Куда перенести' }).click();
  await page.locator('[role="list"]:visible').getByText('Новый контакт').click();
  const name = form.getByLabel('Имя клиента');
  if ((await name.inputValue()) !== SOKOLOVA.name) await name.fill(SOKOLOVA.name);
  const submit = form.getByRole('button', { name: 'Перенести номер клиенту' });
  // Enabled once the search for other holders answered (a click before that is ignored).
  await submit.click({ trial: true, timeout: 60_000 });
  return submit;
}

beforeAll(async () => {
  const opened = await sandboxInBrowser();
  ({ sandbox, pageErrors, close } = opened);
  await opened.page.close();
  // The helper's page has a context of its own; two tabs need one context (one origin's locks, one session).
  const context = await opened.browser.newContext({ viewport: { width: 1280, height: 900 } });
  pages = [await context.newPage(), await context.newPage()];
  for (const page of pages) page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(() => close?.());

describe('two tabs of one manager on one foreman card', () => {
  it('both press «Перенести» on the same number: one client contact gets it, the other tab says it was already moved', async () => {
    sandbox.reset();
    const submits = await Promise.all(pages.map(readyToMove));
    const othersBefore = phonesOf(sandbox, FOREMAN).filter((v) => digits(v) !== digits(SOKOLOVA.number));
    await Promise.all(submits.map((s) => s.click()));

    const moved = `Номер ${SOKOLOVA.number} перенесён в контакт «${SOKOLOVA.name}».`;
    const already = /Номер уже перенесён: на карточке прораба его больше нет\. Ничего не записано\./;
    const outcomes = await Promise.all(
      pages.map(async (page) => {
        const block = page.locator(BLOCK);
        const done = block.getByText(moved);
        const stopped = block.getByText(already);
        await done.or(stopped).first().waitFor({ timeout: 120_000 });
        return (await done.isVisible()) ? 'moved' : 'already moved';
      }),
    );
    expect(outcomes.sort()).toEqual(['already moved', 'moved']);

    // One contact was created, it holds the number once, and the foreman no longer does.
    const created = [...sandbox.store.contacts.keys()].filter((id) => id > FIRST_CREATED_ID);
    expect(created).toHaveLength(1);
    expect(sandbox.store.contacts.get(created[0]!)?.name).toBe(SOKOLOVA.name);
    expect(holders(sandbox, SOKOLOVA.number)).toEqual(created);
    // Every other number of the foreman stays as it was.
    expect(phonesOf(sandbox, FOREMAN)).toEqual(othersBefore);
    expect(pageErrors).toEqual([]);
  });
});
