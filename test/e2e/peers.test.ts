// Widgets we did not write, in the sandbox: three small fixtures of our own that follow the patterns
// of Kommo's React template (API bound in the constructor), Kommo's birthday widget (AMD moment,
// system modal, twigjs registry, text plugin, ./classes/*.js, init after render's Promise) and a
// widget that throws. Each is zipped here and unpacked the way `npm start -- --widget=x.zip` does.
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { sandboxInBrowser, SHOTS } from './browser';
import { prepareWidget, type ServedWidget } from '../../sandbox/page/widgetArchive';
import type { Sandbox } from '../../sandbox/server';

const FIXTURES = path.resolve(__dirname, 'fixtures');
const CONTACT = 24000101;
const DEAL = 31500101;

interface Entry {
  event: string;
  area: string;
  card: number | null;
}
type SandboxWindow = Window & {
  __sandbox: {
    ready: boolean;
    navigate(h: string): Promise<void>;
    setLang(l: 'ru' | 'en'): Promise<void>;
    widgets: Record<string, { lifecycle: Entry[] }>;
  };
  APP: { widgets: { list: Record<string, Record<string, unknown>> } };
  Twig: { Templates: { registry: Record<string, unknown> } };
};

let world: Awaited<ReturnType<typeof sandboxInBrowser>> | undefined;
let sandbox: Sandbox;
let page: Page;
const codes: Record<'react' | 'birthday' | 'crash', string> = { react: '', birthday: '', crash: '' };
const brokenCodes: Record<'ctor' | 'missing', string> = { ctor: '', missing: '' };
const consoleErrors: string[] = [];
let pageErrors: string[] = [];

/** widget.zip as amoCRM wants it: the folder's contents, manifest.json at the top. */
async function zipFixture(name: string, outDir: string): Promise<string> {
  const zip = new JSZip();
  const add = async (dir: string, prefix: string) => {
    for (const entry of await readdir(dir)) {
      const full = path.join(dir, entry);
      if ((await stat(full)).isDirectory()) await add(full, `${prefix}${entry}/`);
      else zip.file(`${prefix}${entry}`, await readFile(full));
    }
  };
  await add(path.join(FIXTURES, name), '');
  const file = path.join(outDir, `${name}.zip`);
  await writeFile(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

/** A one-file widget that breaks before any callback: in its constructor, or on a missing dependency. */
async function brokenZip(name: string, script: string, outDir: string): Promise<string> {
  const zip = new JSZip();
  const manifest = {
    widget: { name: 'widget.name', version: '0.0.1', interface_version: 2, locale: ['ru', 'en'] },
    locations: ['ccard-1'],
  };
  zip.file('manifest.json', JSON.stringify(manifest));
  zip.file('i18n/ru.json', JSON.stringify({ widget: { name: name } }));
  zip.file('i18n/en.json', JSON.stringify({ widget: { name: name } }));
  zip.file('script.js', script);
  const file = path.join(outDir, `${name}.zip`);
  await writeFile(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

const block = (code: string) => page.locator(`.card-widgets__widget-${code}`);
const lifecycleOf = (code: string) =>
  page.evaluate((c) => (window as unknown as SandboxWindow).__sandbox.widgets[c]!.lifecycle.map((e) => e.event), code);
const navigate = (hash: string) => page.evaluate((h) => (window as unknown as SandboxWindow).__sandbox.navigate(h), hash);
const today = () => new Date().toLocaleDateString('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' });

beforeAll(async () => {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'sbx-peers-'));
  const served: ServedWidget[] = [];
  for (const [key, name] of [
    ['react', 'peer-react'],
    ['birthday', 'peer-birthday'],
    ['crash', 'peer-crash'],
  ] as const) {
    const w = await prepareWidget(await zipFixture(name, tmp), path.join(tmp, 'unpacked'));
    codes[key] = w.code;
    served.push(w);
  }
  const broken = {
    ctor: await brokenZip('ctor', "define([], function () { return function () { throw new Error('ctor broke'); }; });", tmp),
    missing: await brokenZip('missing', "define(['./classes/absent.js'], function () { return function () { return this; }; });", tmp),
  };
  for (const key of ['ctor', 'missing'] as const) {
    const w = await prepareWidget(broken[key], path.join(tmp, 'unpacked'));
    brokenCodes[key] = w.code;
    served.push(w);
  }
  world = await sandboxInBrowser({ width: 1280, height: 860 }, served);
  ({ sandbox, page, pageErrors } = world);
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto(`${sandbox.url}/#/contacts/${CONTACT}`);
  await page.waitForFunction(() => (window as unknown as SandboxWindow).__sandbox?.ready === true);
});

afterAll(async () => {
  await world?.close();
});

describe('widgets we did not write, on a contact card', () => {
  it('each archive gets a code of its own, as amoCRM gives one on upload', () => {
    expect(new Set(Object.values(codes)).size).toBe(3);
    for (const code of Object.values(codes)) expect(code).toMatch(/^[a-z0-9_]+$/);
  });

  it('the React-template widget starts: the API it binds in its constructor was already on the object', async () => {
    await expect.poll(() => block(codes.react).locator('.peer_react_card').textContent()).toBe(`Карточка #${CONTACT}`);
    // $authorizedAjax went to the same origin with the session cookie and came back with the account.
    await expect
      .poll(() => block(codes.react).locator('.peer_react_account').textContent(), { timeout: 20_000 })
      .toBe('Аккаунт: remont-spb');
    expect(await block(codes.react).locator('.card-widgets__widget__caption').innerText()).toContain('Соседний React');
    expect(await lifecycleOf(codes.react)).toEqual(
      expect.arrayContaining(['render', 'init', 'render_template', 'bind_actions', '$authorizedAjax']),
    );
  });

  it('the crashing widget is contained: its error is in its own block and the console, the card stays', async () => {
    const alert = block(codes.crash).getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Виджет «Падающий сосед» остановился с ошибкой (render).');
    expect(await alert.textContent()).toContain('peer-crash: render broke on purpose');
    expect(await alert.textContent()).toContain('Карточка и другие виджеты работают.');
    expect(await page.locator('.sbx-card__kind').innerText()).toContain(String(CONTACT));
    expect(await page.locator('.sbx-fatal').count()).toBe(0);
    expect(consoleErrors.some((m) => m.includes(codes.crash) && m.includes('render'))).toBe(true);
    expect(await lifecycleOf(codes.crash)).not.toContain('init');
    // Blocks stand in the installed order, not in the order the widgets finished (or failed).
    const order = await page.locator('.card-widgets__widget').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.code));
    expect(order).toEqual([codes.react, codes.crash, brokenCodes.ctor, brokenCodes.missing]);
    await page.screenshot({ path: path.join(SHOTS, 'peers-contact-ru.png') });
  });

  it('a constructor that throws and a script.js whose dependency is missing each fail in their own block', async () => {
    const ctor = block(brokenCodes.ctor).getByRole('alert');
    await expect.poll(() => ctor.textContent()).toContain('Виджет «ctor» остановился с ошибкой (constructor).');
    expect(await ctor.textContent()).toContain('ctor broke');
    const missing = block(brokenCodes.missing).getByRole('alert');
    await expect.poll(() => missing.textContent(), { timeout: 40_000 }).toContain('Виджет «missing» остановился с ошибкой (script.js).');
    expect(await missing.textContent()).toContain('absent.js');
    expect(await block(codes.react).locator('.peer_react_card').textContent()).toBe(`Карточка #${CONTACT}`);
  });

  it('the birthday-pattern widget runs its script on ccard-0 without a block: render resolves, then init', async () => {
    await expect.poll(() => lifecycleOf(codes.birthday)).toContain('bind_actions');
    const events = await lifecycleOf(codes.birthday);
    expect(events.filter((e) => e.startsWith('error'))).toEqual([]);
    expect(events.indexOf('init')).toBeGreaterThan(events.indexOf('render'));
    expect(await block(codes.birthday).count()).toBe(0);
  });
});

describe('on a deal card', () => {
  it('the birthday-pattern widget shows today from moment in a Twig template it loaded with text!', async () => {
    await navigate(`#/leads/${DEAL}`);
    const panel = block(codes.birthday);
    await expect.poll(() => panel.locator('.peer-bd__today').textContent()).toBe(`Сегодня ${today()}`);
    const registry = await page.evaluate(() => Object.keys((window as unknown as SandboxWindow).Twig.Templates.registry));
    expect(registry).toEqual(expect.arrayContaining(['peer_bd_panel', 'peer_bd_settings']));
    expect(await page.locator('link[href*="/style.css?v=2.1.0"]').count()).toBe(1);
  });

  it("its button opens amoCRM's system modal, filled by the widget's init($modal)", async () => {
    await block(codes.birthday).getByRole('button', { name: 'Показать дату' }).click();
    await expect.poll(() => page.locator('.peer-bd-modal .peer-bd-modal__text').textContent()).toBe(`Дата в системном окне: ${today()}`);
    await page.locator('.peer-bd-modal').getByRole('button', { name: '×' }).click();
    expect(await page.locator('.peer-bd-modal').count()).toBe(0);
  });

  it('the other widgets run on the deal too, the crashing one still contained, one block each', async () => {
    await expect.poll(() => block(codes.react).locator('.peer_react_card').textContent()).toBe(`Карточка #${DEAL}`);
    await expect.poll(() => block(codes.crash).getByRole('alert').textContent()).toContain('(render)');
    await navigate(`#/contacts/${CONTACT}`);
    await navigate(`#/leads/${DEAL}`);
    for (const code of Object.values(codes)) expect(await block(code).count()).toBe(1);
    expect(await page.locator('.sbx-card__kind').innerText()).toContain(String(DEAL));
  });
});

describe('in the settings modal', () => {
  it('the birthday-pattern widget finds its modal as .modal.<code>, and Save stores its custom JSON', async () => {
    await navigate(`#/settings/${codes.birthday}`);
    const form = page.locator(`.modal.${codes.birthday} .peer-bd__settings`);
    await expect.poll(() => form.locator('h3').textContent()).toBe('Какую дату отслеживать');
    await form.locator('select[name=entity]').selectOption('2');
    await page.locator('.js-widget-save').click();
    await expect
      .poll(() => page.evaluate((c) => (window as unknown as SandboxWindow).APP.widgets.list[c]?.custom, codes.birthday))
      .toBe('{"entity":2}');
    await navigate(`#/settings/${codes.birthday}`);
    await expect.poll(() => page.locator('.peer-bd__settings select[name=entity]').inputValue()).toBe('2');
  });

  it('the React-template widget mounts into $modalBody; its onSave reaches setSdkCatalogId and a toast', async () => {
    await navigate(`#/settings/${codes.react}`);
    await expect
      .poll(() => page.locator('.peer_react_settings .peer_react_hint').textContent())
      .toBe('Здесь монтируются настройки соседнего React.');
    await page.locator('.js-widget-save').click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Соседний React настроен' }).count()).toBe(1);
    expect(await lifecycleOf(codes.react)).toContain('setSdkCatalogId:undefined');
  });

  it("the crashing widget's settings error shows inside its modal, which still closes", async () => {
    await navigate(`#/settings/${codes.crash}`);
    const alert = page.locator('.sbx-modal__body').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('(settings)');
    expect(await alert.textContent()).toContain('peer-crash: settings broke on purpose');
    await page.getByRole('button', { name: 'Отмена' }).click();
    await expect.poll(() => page.locator('.sbx-modal').count()).toBe(0);
  });
});

describe('in English', () => {
  it('the containment note and the widgets speak the page language', async () => {
    await navigate(`#/contacts/${CONTACT}`);
    await page.evaluate(() => (window as unknown as SandboxWindow).__sandbox.setLang('en'));
    await expect
      .poll(() => block(codes.crash).getByRole('alert').textContent())
      .toContain('The widget “Peer Crash” stopped with an error (render).');
    await expect.poll(() => block(codes.react).locator('.peer_react_card').textContent()).toBe(`Card #${CONTACT}`);
    expect(pageErrors).toEqual([]);
  });
});
