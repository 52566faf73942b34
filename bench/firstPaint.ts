// The panel's time to first paint after script.js has arrived, on a contact card in the sandbox,
// with Chromium's CPU slowed 4× (a manager's laptop, not this server): from the end of script.js's
// download to the first frame painted after React put anything into the panel's root.
// `npx tsx bench/firstPaint.ts [--widget-dir=dist/widget] [--runs=7]` runs it alone (e.g. on an older build).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../scripts/chromium';
import { createSandbox } from '../sandbox/server';
import { DEMO_IDS } from '../sandbox/demo';
import { PAGE_DIST, pageServing, WIDGET_DIST } from '../sandbox/page/mounts';

const CPU_SLOWDOWN = 4;
const ROOT_SELECTOR = '.partner_card_cleaner-root';

export interface FirstPaintFigures {
  /** Median over the runs, ms. */
  firstPaintMs: number;
  firstPaintRunsMs: number[];
  cpuSlowdown: number;
}

// Runs in the page before anything else: notes when the panel's root first gets content, then
// waits for the frame that paints it (rAF, then the task after it, runs once the frame is out).
function watchPanel(selector: string): void {
  const w = window as unknown as { panelPaintedAt?: number };
  const observer = new MutationObserver(() => {
    const root = document.querySelector(selector);
    if (!root || root.childElementCount === 0) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        w.panelPaintedAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function runFirstPaintBench(
  opts: { widgetDir?: string; pageDir?: string; runs?: number; log?: (line: string) => void } = {},
): Promise<FirstPaintFigures> {
  const { widgetDir = WIDGET_DIST, pageDir = PAGE_DIST, runs = 7, log = console.log } = opts;
  const sandbox = await createSandbox({ port: 0, ...pageServing(widgetDir, pageDir) });
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      // A fresh context each run: nothing cached, script.js downloaded and compiled anew.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(watchPanel, ROOT_SELECTOR);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(`${sandbox.url}/#/contacts/${DEMO_IDS.kuznetsov}`);
      await page.waitForFunction(() => (window as unknown as { panelPaintedAt?: number }).panelPaintedAt !== undefined, null, {
        timeout: 120_000,
      });
      const ms = await page.evaluate(() => {
        const script = performance
          .getEntriesByType('resource')
          .find((e) => (e as PerformanceResourceTiming).name.includes('/script.js')) as PerformanceResourceTiming | undefined;
        if (!script) throw new Error('script.js was not loaded');
        return (window as unknown as { panelPaintedAt: number }).panelPaintedAt - script.responseEnd;
      });
      times.push(Math.round(ms));
      await context.close();
    }
  } finally {
    await browser.close();
    await sandbox.close();
  }
  const figures = { firstPaintMs: median(times), firstPaintRunsMs: times, cpuSlowdown: CPU_SLOWDOWN };
  log(
    `Panel's first paint after script.js arrived (CPU ${CPU_SLOWDOWN}× slower): median ${figures.firstPaintMs} ms over ${runs} runs (${times.join(', ')})`,
  );
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const widgetDir = arg('widget-dir');
  await runFirstPaintBench({
    widgetDir: widgetDir ? path.resolve(widgetDir) : undefined,
    pageDir: arg('page-dir') ? path.resolve(arg('page-dir')!) : undefined,
    runs: arg('runs') ? Number(arg('runs')) : undefined,
  });
}
