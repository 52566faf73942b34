// The built widget.zip contents in the sandbox's amoCRM stand-in, driven by headless Chromium:
// render in the sidebar, clean teardown between cards, language and theme switches, settings.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { sandboxInBrowser, SHOTS } from './browser';
import { SANDBOX_WIDGET_CODE as CODE } from '../../sandbox/page/mounts';
import type { Sandbox } from '../../sandbox/server';

const BLOCK = `.card-widgets__widget-${CODE}`;
const PANEL_ROOT = `${BLOCK} .card-widgets__widget__body .partner_card_cleaner-root`;
const FOREMAN = 24000101;
const OTHER_FOREMAN = 24000103;

let world: Awaited<ReturnType<typeof sandboxInBrowser>> | undefined;
let sandbox: Sandbox;
let page: Page;
let pageErrors: string[] = [];

interface Entry {
  event: string;
  area: string;
  card: number | null;
}
type SandboxWindow = Window & { __sandbox: { ready: boolean; lifecycle: Entry[]; documentEvents(): Record<string, number> } };

const lifecycle = () => page.evaluate(() => (window as unknown as SandboxWindow).__sandbox.lifecycle.map((e) => ({ ...e })));
const pageChangedHandlers = () => page.evaluate(() => (window as unknown as SandboxWindow).__sandbox.documentEvents()['page:changed'] ?? 0);
/** React 18 marks a container while its root lives and clears the mark on unmount. */
const liveReactRoots = () =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) =>
        Object.keys(el).some((k) => k.startsWith('__reactContainer$') && (el as unknown as Record<string, unknown>)[k] != null),
      ).length,
  );
const panelText = () => page.locator(PANEL_ROOT).innerText();
const captionText = () => page.locator(`${BLOCK} .card-widgets__widget__caption`).innerText();

async function waitForCallbacks(card: number, since: number): Promise<void> {
  await page.waitForFunction(
    ([c, n]) => {
      const log = (window as unknown as SandboxWindow).__sandbox.lifecycle.slice(n);
      return log.some((e) => e.event === 'bind_actions' && e.card === c);
    },
    [card, since] as const,
  );
  await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '').trim().length > 0, PANEL_ROOT);
}

async function shot(name: string): Promise<void> {
  // Let the panel finish its reads so the picture shows what a manager sees after a moment.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

beforeAll(async () => {
  world = await sandboxInBrowser({ width: 1280, height: 860 });
  ({ sandbox, page, pageErrors } = world);
  await page.goto(`${sandbox.url}/#/contacts/${FOREMAN}`);
  await page.waitForFunction(() => (window as unknown as SandboxWindow).__sandbox?.ready === true);
});

afterAll(async () => {
  await world?.close();
});

describe('the widget in the sandbox contact card', () => {
  it('renders the built panel in the right column with its caption and logo', async () => {
    await waitForCallbacks(FOREMAN, 0);
    expect(await page.locator(BLOCK).getAttribute('data-code')).toBe(CODE);
    expect(await captionText()).toContain('Чистка анкет прорабов');
    const logoWidth = await page
      .locator(`${BLOCK} .card-widgets__widget__caption img`)
      .evaluate((img) => (img as HTMLImageElement).naturalWidth);
    expect(logoWidth).toBe(84);
    const columnWidth = await page.locator('.card-widgets').evaluate((el) => el.getBoundingClientRect().width);
    expect(columnWidth).toBeGreaterThanOrEqual(260);
    expect(columnWidth).toBeLessThanOrEqual(300);
    expect((await lifecycle()).map((e) => e.event)).toEqual(['page:changed', 'render', 'render_template', 'init', 'bind_actions']);
    expect(await pageChangedHandlers()).toBe(1);
    await shot('card-ru-light');
  });

  it('moving between cards destroys and renders again: one block, one React root, one listener', async () => {
    for (const card of [OTHER_FOREMAN, FOREMAN, OTHER_FOREMAN]) {
      const since = (await lifecycle()).length;
      // The page drops the old block; only the old root's own state tells whether React was unmounted.
      const oldRoot = await page.locator(PANEL_ROOT).elementHandle();
      await page.selectOption('.sbx-nav-contacts', `#/contacts/${card}`);
      await waitForCallbacks(card, since);
      const oldRootState = await oldRoot!.evaluate((el) => ({
        attached: el.isConnected,
        children: el.childElementCount,
        liveRoot: Object.keys(el).some((k) => k.startsWith('__reactContainer$') && (el as unknown as Record<string, unknown>)[k] != null),
      }));
      expect(oldRootState).toEqual({ attached: false, children: 0, liveRoot: false });
      const events = (await lifecycle()).slice(since).map((e) => e.event);
      expect(events).toEqual(['page:changed', 'destroy', 'render', 'render_template', 'init', 'bind_actions']);
      expect(await page.locator(BLOCK).count()).toBe(1);
      expect(await liveReactRoots()).toBe(1);
      expect(await pageChangedHandlers()).toBe(1);
      expect(await page.locator('.sbx-card__kind').innerText()).toContain(String(card));
    }
  });

  it('a new contact page gets no block: render says false and nothing stays mounted', async () => {
    const since = (await lifecycle()).length;
    await page.click('.sbx-nav-new');
    await page.waitForFunction(
      (n) => (window as unknown as SandboxWindow).__sandbox.lifecycle.slice(n).some((e) => e.event.startsWith('render returned false')),
      since,
    );
    expect(await page.locator(BLOCK).count()).toBe(0);
    expect(await liveReactRoots()).toBe(0);
    expect(await pageChangedHandlers()).toBe(0);
    await page.selectOption('.sbx-nav-contacts', `#/contacts/${FOREMAN}`);
    await waitForCallbacks(FOREMAN, since);
  });

  it('a deal card gets no block: the manifest places the widget on contact cards only', async () => {
    const since = (await lifecycle()).length;
    await page.selectOption('.sbx-nav-deals', '#/leads/31500101');
    await page.waitForFunction(
      (n) => (window as unknown as SandboxWindow).__sandbox.lifecycle.slice(n).some((e) => e.event.startsWith('skipped')),
      since,
    );
    expect((await lifecycle()).slice(since).map((e) => e.event)).toEqual([
      'page:changed',
      'destroy',
      'skipped: area not in manifest locations',
    ]);
    expect(await page.locator(BLOCK).count()).toBe(0);
    expect(await liveReactRoots()).toBe(0);
    expect(await pageChangedHandlers()).toBe(0);
    // Tests of other parts move by window.__sandbox.navigate: it resolves once the callbacks ran.
    await page.evaluate(
      (hash) => (window as unknown as { __sandbox: { navigate(h: string): Promise<void> } }).__sandbox.navigate(hash),
      `#/contacts/${FOREMAN}`,
    );
    expect((await lifecycle()).slice(-1)[0]).toEqual({ event: 'bind_actions', area: 'ccard', card: FOREMAN });
    await waitForCallbacks(FOREMAN, since);
  });

  it("provides amoCRM's AMD modules to widgets: jquery, underscore, twigjs, the system modal, text", async () => {
    const answers = await page.evaluate(
      (code) =>
        new Promise<string[]>((resolve, reject) => {
          const rjs = (window as unknown as { requirejs: (deps: string[], ok: (...m: never[]) => void, fail: (e: Error) => void) => void })
            .requirejs;
          rjs(
            ['jquery', 'underscore', 'twigjs', 'lib/components/base/modal', `text!widgets/${code}/manifest.json`],
            ((
              $: { fn: { jquery: string } },
              _: { VERSION: string },
              Twig: { twig(o: { data: string }): { render(p: object): string } },
              Modal: unknown,
              manifest: string,
            ) =>
              resolve([
                typeof $.fn.jquery,
                typeof _.VERSION,
                Twig.twig({ data: '{{ who }} · {{ n }}' }).render({ who: 'прораб', n: 3 }),
                typeof Modal,
                (JSON.parse(manifest) as { widget: { interface_version: number } }).widget.interface_version.toString(),
              ])) as never,
            reject,
          );
        }),
      CODE,
    );
    expect(answers).toEqual(['string', 'string', 'прораб · 3', 'function', '2']);
  });

  it('switching to English changes the caption and the panel texts', async () => {
    const before = await panelText();
    const since = (await lifecycle()).length;
    await page.click('.sbx-lang-en');
    await waitForCallbacks(FOREMAN, since);
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.includes('Partner Card Cleaner'),
      `${BLOCK} .card-widgets__widget__caption`,
    );
    expect(await panelText()).not.toBe(before);
    expect(await page.locator('.sbx-nav-settings').innerText()).toBe('Widget settings');
    expect(await page.locator(BLOCK).count()).toBe(1);
    expect(await liveReactRoots()).toBe(1);
    expect(await pageChangedHandlers()).toBe(1);
    await shot('card-en-light');
  });

  it('dark mode: the panel switches the kit to its dark appearance without reloading what it shows', async () => {
    // A node the panel drew before the switch: a remount would replace it (and refetch the card).
    await page
      .locator(`${PANEL_ROOT} > *`)
      .first()
      .evaluate((node) => ((node as unknown as { drawnBefore: boolean }).drawnBefore = true));
    await page.click('.sbx-theme-toggle');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-crm-ui-kit-theme') === 'alternative');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-color-scheme'))).toBe('dark');
    expect(await liveReactRoots()).toBe(1);
    const kept = await page
      .locator(`${PANEL_ROOT} > *`)
      .first()
      .evaluate((node) => (node as unknown as { drawnBefore?: boolean }).drawnBefore === true);
    expect(kept).toBe(true);
    const blockBackground = await page.locator(BLOCK).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(blockBackground).toBe('rgb(21, 48, 67)');
    await shot('card-en-dark');
    await page.click('.sbx-theme-toggle');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-crm-ui-kit-theme') === 'default');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-color-scheme'))).toBe(false);
  });

  it('the settings modal shows every override and what is saved comes back from get_settings()', async () => {
    await page.click('.sbx-lang-ru');
    await waitForCallbacks(FOREMAN, 0);
    await page.click('.sbx-nav-settings');
    const block = page.locator('.widget_settings_block');
    await block.waitFor();
    const names = await block.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
    expect(names).toEqual([
      'field_full_name',
      'field_birthday',
      'field_email',
      'field_comment',
      'field_address',
      'field_contract',
      'client_catalog',
      'partner_marker',
    ]);
    // The inputs stay (amoCRM's Save reads them); the widget's form above them says what it detected and writes back.
    const contract = block.getByRole('group', { name: 'Номер договора — поле сделки' });
    await contract.getByText('Найдено в аккаунте: поле «Номер договора», id 601103').waitFor({ timeout: 60_000 });
    await contract.getByRole('combobox').selectOption('601103');
    expect(await block.locator('input[name=field_contract]').inputValue()).toBe('601103');
    await shot('settings-ru');
    const since = (await lifecycle()).length;
    await block.locator('.js-widget-save').click();
    await waitForCallbacks(FOREMAN, since);
    const events = (await lifecycle()).slice(since).map((e) => e.event);
    expect(events.slice(0, 3)).toEqual(['onSave', 'page:changed', 'destroy']);
    const saved = await page.evaluate((code) => {
      const app = (window as unknown as { APP: { widgets: { list: Record<string, Record<string, unknown>> } } }).APP;
      return app.widgets.list[code]?.field_contract;
    }, CODE);
    expect(saved).toBe('601103');
    await page.reload();
    await page.waitForFunction(() => (window as unknown as SandboxWindow).__sandbox?.ready === true);
    await page.click('.sbx-nav-settings');
    expect(await page.locator('.widget_settings_block input[name=field_contract]').inputValue()).toBe('601103');
    await page.getByRole('button', { name: 'Отмена' }).click();
    await page.locator('.sbx-modal').waitFor({ state: 'detached' });
  });

  it("the advanced settings page shows the widget's own page, removed on leaving", async () => {
    await page.click('.sbx-nav-advanced');
    const placeholder = page.locator('#list_page_holder .partner_card_cleaner-advanced');
    await placeholder.waitFor();
    expect(await placeholder.innerText()).toMatch(/анкет прорабов/);
    await shot('advanced-ru');
    const since = (await lifecycle()).length;
    await page.selectOption('.sbx-nav-contacts', `#/contacts/${FOREMAN}`);
    await waitForCallbacks(FOREMAN, since);
    expect(await page.locator('.partner_card_cleaner-advanced').count()).toBe(0);
    expect(await liveReactRoots()).toBe(1);
    expect(await pageChangedHandlers()).toBe(1);
  });

  it('APP.notifications show toasts bottom right, errors as alerts, texts never parsed as HTML', async () => {
    await page.evaluate(() => {
      type Toast = { header: string; text: string };
      const app = (window as unknown as { APP: { notifications: { show_message(m: Toast): void; show_message_error(m: Toast): void } } })
        .APP;
      app.notifications.show_message({ header: 'Номер перенесён', text: '<b>+7 921 000-00-01</b>' });
      app.notifications.show_message_error({ header: 'Не сохранено', text: 'Нет связи с amoCRM' });
    });
    const info = page.getByRole('status').filter({ hasText: 'Номер перенесён' });
    await expect(info.innerText()).resolves.toContain('<b>+7 921 000-00-01</b>');
    await expect(page.getByRole('alert').filter({ hasText: 'Не сохранено' }).innerText()).resolves.toContain('Нет связи с amoCRM');
    const box = await info.boundingBox();
    expect(box!.x + box!.width).toBeGreaterThan(1280 - 40);
    expect(box!.y + box!.height).toBeGreaterThan(860 - 200);
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
