// The files script.js loads on demand, in the sandbox page as amoCRM would load them: a foreman's
// card fetches none of them before the panel shows, each comes from the folder script.js came
// from, and a file that fails to arrive is said in words and fetched again on «Повторить».
import type { Page, Route } from 'playwright-core';
import { sandboxInBrowser } from './browser';
import { SANDBOX_WIDGET_CODE } from '../../sandbox/page/mounts';
import type { Sandbox } from '../../sandbox/server';
import { DEMO_IDS } from '../../sandbox/demo';

const BLOCK = `.card-widgets__widget-${SANDBOX_WIDGET_CODE}`;
const SOKOLOVA = '+7 911 765-43-21';
const LONG = { timeout: 90_000 };

let sandbox: Sandbox;
let page: Page;
let pageErrors: string[];
let close: () => Promise<unknown> = async () => undefined;
/** Every widget .js the page asked for, in order (path only). */
let fetched: string[] = [];

beforeAll(async () => {
  ({ sandbox, page, pageErrors, close } = await sandboxInBrowser());
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js') && url.pathname.includes(`/${SANDBOX_WIDGET_CODE}/`)) fetched.push(url.pathname);
  });
});

afterAll(() => close());

beforeEach(() => {
  sandbox.reset();
  fetched = [];
});

const folderOf = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);
const named = (prefix: string) => fetched.filter((p) => p.slice(p.lastIndexOf('/') + 1).startsWith(prefix));

describe('files loaded on demand', () => {
  it('a foreman card shows its panel with script.js alone; the move form comes from the same folder when asked for', async () => {
    await page.goto(`${sandbox.url}/#/contacts/${DEMO_IDS.kuznetsov}`);
    const block = page.locator(BLOCK);
    const row = block.getByRole('listitem', { name: SOKOLOVA });
    await row.getByText(/^Клиент · /).waitFor(LONG);
    const script = fetched.find((p) => p.endsWith('/script.js'));
    expect(script).toBeDefined();
    // Nothing a foreman's card does not show: no client or other card view, no queue, no settings form, no move form yet.
    for (const prefix of ['ClientCard-', 'OtherCard-', 'queue-', 'mountSettingsForm-', 'MoveForm-']) expect(named(prefix)).toEqual([]);

    await row.getByRole('button', { name: 'Перенести клиенту…' }).click();
    await row.getByRole('form', { name: `Перенос номера ${SOKOLOVA} в контакт клиента` }).waitFor(LONG);
    expect(named('MoveForm-')).toHaveLength(1);
    for (const p of fetched) expect(folderOf(p)).toBe(folderOf(script!));
    expect(pageErrors).toEqual([]);
  });

  it('a move form that fails to arrive is said in words, and «Повторить» fetches it again', async () => {
    let failing = true;
    const failOnce = (route: Route) => (failing ? route.abort() : route.continue());
    await page.route(/\/MoveForm-[^/]*\.js/, failOnce);
    try {
      await page.goto(`${sandbox.url}/#/contacts/${DEMO_IDS.kuznetsov}`);
      await page.reload(); // a fresh page: the form's file was fetched by the test above
      const block = page.locator(BLOCK);
      const row = block.getByRole('listitem', { name: SOKOLOVA });
      await row.getByText(/^Клиент · /).waitFor(LONG);
      await row.getByRole('button', { name: 'Перенести клиенту…' }).click();
      await block.getByText('Панель не смогла показать эту карточку. Остальная карточка работает.').waitFor(LONG);

      failing = false;
      await block.getByRole('button', { name: 'Повторить', exact: true }).click();
      const again = block.getByRole('listitem', { name: SOKOLOVA });
      await again.getByText(/^Клиент · /).waitFor(LONG);
      await again.getByRole('button', { name: 'Перенести клиенту…' }).click();
      await again.getByRole('form', { name: `Перенос номера ${SOKOLOVA} в контакт клиента` }).waitFor(LONG);
      expect(named('MoveForm-').length).toBeGreaterThanOrEqual(2);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.unroute(/\/MoveForm-[^/]*\.js/, failOnce);
    }
  });
});
