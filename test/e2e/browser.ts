// What every end-to-end test needs: the built widget present, and Debian's Chromium launched
// the way this closed network allows (no sandbox as root, no background connections).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../../scripts/chromium';
import { PAGE_DIST, pageServing, WIDGET_DIST } from '../../sandbox/page/mounts';
import type { ServedWidget } from '../../sandbox/page/widgetArchive';
import { createSandbox } from '../../sandbox/server';

export const SHOTS = path.resolve(__dirname, '../../dist/screenshots');

export function assertWidgetBuilt(): void {
  for (const needed of [path.join(WIDGET_DIST, 'script.js'), path.join(PAGE_DIST, 'page.js')]) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run \`npm run build\` before the e2e tests`);
  }
}

export { launchChromium };

/** The sandbox serving the built widget (or the given ones) and its page, and one Chromium page on it; page errors collected. */
export async function sandboxInBrowser(viewport = { width: 1280, height: 900 }, widgets?: ServedWidget[]) {
  assertWidgetBuilt();
  await mkdir(SHOTS, { recursive: true });
  const sandbox = await createSandbox({ port: 0, ...pageServing(widgets) });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { sandbox, browser, page, pageErrors, close: async () => (await browser.close(), await sandbox.close()) };
}
