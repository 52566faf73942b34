// WCAG 2.1 AA inside the widget's block, as axe-core (the standard accessibility engine) judges
// it in Chromium: the built widget in the sandbox's contact card, light and dark, with the
// foreman's group opened, «Почему так» opened and a move form open, so every kind of text is
// on screen. Also the screenshots a manager would look at (ru/light, en/dark, the heavy card)
// and the heavy card's height, printed for the notes.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { sandboxInBrowser, SHOTS } from './browser';
import { SANDBOX_WIDGET_CODE } from '../../sandbox/page/mounts';
import type { Sandbox } from '../../sandbox/server';
import { DEMO_IDS } from '../../sandbox/demo';

const BLOCK = `.card-widgets__widget-${SANDBOX_WIDGET_CODE}`;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let sandbox: Sandbox;
let close: () => Promise<void>;
let page: Page;

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string; colors?: string }>;
}

/** axe's verdict on the widget's block only (amoCRM's own page is not ours to judge). */
async function violations(): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ({ selector, tags }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
      const result = await axe.run({ include: [[selector]] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      type Check = { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number; fontSize?: string } };
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => {
          // axe says which colours failed and by how much: the line to fix, in figures.
          const data = ((n as unknown as { any?: Check[] }).any ?? [])[0]?.data;
          const colors = data?.fgColor ? `${data.fgColor} on ${data.bgColor} = ${data.contrastRatio}:1 at ${data.fontSize}` : undefined;
          return { target: n.target, failureSummary: n.failureSummary, ...(colors ? { colors } : {}) };
        }),
      }));
    },
    { selector: BLOCK, tags: WCAG_AA },
  );
}

/** One line per failing element, so a failure says what to fix. */
const described = (vs: Violation[]) =>
  vs.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.colors ?? n.failureSummary ?? v.help}`));

async function openCard(id: number): Promise<Locator> {
  await page.goto(`${sandbox.url}/#/contacts/${id}`);
  const block = page.locator(BLOCK);
  await block
    .getByText(/^(Клиент|Прораб|Не ясно|Client|Foreman|Unclear) · /)
    .first()
    .waitFor({ timeout: 90_000 });
  return block;
}

/** Every kind of text on screen: the folded group opened, the evidence and a move form shown. */
async function openEverything(block: Locator, ru: boolean): Promise<void> {
  await block.getByRole('button', { name: ru ? /^Номера прораба \(/ : /^Foreman's numbers \(/ }).click();
  const row = block.getByRole('listitem', { name: '+7 911 765-43-21' });
  await row.getByText(ru ? 'Почему так' : 'Why', { exact: true }).click();
  await row.getByRole('button', { name: ru ? 'Перенести клиенту…' : /^Move to a client/ }).click();
  await row.getByRole('form').waitFor();
}

beforeAll(async () => {
  ({ sandbox, page, close } = await sandboxInBrowser());
});

afterAll(() => close?.());

beforeEach(async () => {
  sandbox.reset();
  await page.goto('about:blank');
});

describe('the widget meets WCAG 2.1 AA (axe-core)', () => {
  it('light theme, Russian: no violation in the widget, with the groups, the evidence and a form open', async () => {
    // A 7-digit number typed on the card, so its incomplete row is on screen (and judged) too.
    sandbox.store.contacts
      .get(DEMO_IDS.kuznetsov)!
      .custom_fields_values!.find((f) => f.field_code === 'PHONE')!
      .values.push({ value: '926-08-33 дом', enum_code: 'HOME' });
    const block = await openCard(DEMO_IDS.kuznetsov);
    await block.getByRole('listitem', { name: '926-08-33' }).waitFor();
    await block.screenshot({ path: path.join(SHOTS, 'glance-ru-light.png') });
    await openEverything(block, true);
    const found = described(await violations());
    expect(found, found.join('\n')).toEqual([]);
  });

  it('dark theme, English: no violation in the widget', async () => {
    await openCard(DEMO_IDS.kuznetsov);
    await page.click('.sbx-theme-toggle');
    await page.click('.sbx-lang-en');
    try {
      const block = page.locator(BLOCK);
      await block
        .getByText(/^Client · /)
        .first()
        .waitFor({ timeout: 90_000 });
      await block.screenshot({ path: path.join(SHOTS, 'glance-en-dark.png') });
      await openEverything(block, false);
      const found = described(await violations());
      expect(found, found.join('\n')).toEqual([]);
    } finally {
      // The page keeps the manager's language and theme: put them back for the next test.
      await page.click('.sbx-lang-ru');
      await page.click('.sbx-theme-toggle');
    }
  });

  it('the heavy card (30 numbers) is shorter than before the grouping (3910 px), and passes too', async () => {
    const block = await openCard(DEMO_IDS.heavy);
    await block.getByText(/^Перенести клиентам: \d+/).waitFor({ timeout: 90_000 });
    const height = (await block.boundingBox())!.height;
    console.log(`heavy card panel height: ${Math.round(height)} px (${(height / 900).toFixed(2)} screens of 900 px)`);
    await block.screenshot({ path: path.join(SHOTS, 'glance-heavy-ru.png') });
    // Measured 2989 px with the foreman's 6 numbers folded (3910 px on the flat list before):
    // the bound leaves room for font rendering and for the engine moving a number between groups.
    expect(height).toBeLessThan(3.6 * 900);
    const found = described(await violations());
    expect(found, found.join('\n')).toEqual([]);
  });
});
