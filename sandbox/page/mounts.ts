// Node side: where the sandbox serves the host page, the unzipped widgets and the page's AMD vendor
// files (RequireJS, jQuery, Underscore, Twig, the text plugin, Moment — all from npm, as amoCRM's own
// page has them), plus `/sandbox/widgets.json`: which widgets are installed, in column order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServedWidget } from './widgetArchive';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const pkgFile = (spec: string) => require.resolve(spec);

export const PAGE_DIST = path.join(ROOT, 'dist', 'sandbox-page');
export const WIDGET_DIST = path.join(ROOT, 'dist', 'widget');
/** The code amoCRM would generate on upload for our widget; the page uses this one. */
export const SANDBOX_WIDGET_CODE = 'partner_card_cleaner';
export const INSTALLED_URL = '/sandbox/widgets.json';

export interface PageServing {
  staticMounts: Array<{ urlPrefix: string; dir: string }>;
  files: Record<string, string>;
}

/** Our built widget alone (a folder), or any list of widgets, each under its own code. */
export function pageServing(widgets: string | ServedWidget[] = WIDGET_DIST, pageDir = PAGE_DIST): PageServing {
  const list = typeof widgets === 'string' ? [{ code: SANDBOX_WIDGET_CODE, dir: widgets }] : widgets;
  const codes = list.map((w) => w.code);
  if (new Set(codes).size !== codes.length) throw new Error(`sandbox: two widgets share a code: ${codes.join(', ')}`);
  const installed = path.join(mkdtempSync(path.join(os.tmpdir(), 'sbx-installed-')), 'widgets.json');
  writeFileSync(installed, JSON.stringify(list.map((w) => ({ code: w.code, path: `/widgets/${w.code}` }))));
  const index = path.join(pageDir, 'index.html');
  return {
    staticMounts: [...list.map((w) => ({ urlPrefix: `/widgets/${w.code}`, dir: w.dir })), { urlPrefix: '/sandbox-page', dir: pageDir }],
    files: {
      '/': index,
      '/index.html': index,
      [INSTALLED_URL]: installed,
      '/vendor/require.js': pkgFile('requirejs/require.js'),
      '/vendor/jquery.js': pkgFile('jquery'),
      '/vendor/underscore.js': pkgFile('underscore/underscore-umd.js'),
      '/vendor/twig.js': pkgFile('twig/twig.min.js'),
      '/vendor/text.js': pkgFile('requirejs-text/text.js'),
      '/vendor/moment.js': pkgFile('moment/moment.js'),
    },
  };
}
