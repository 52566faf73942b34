// Node side: where the sandbox serves the host page, the unzipped widget and the page's AMD vendor
// files (RequireJS, jQuery, Underscore, Twig, the text plugin — all from npm, as amoCRM's own page has them).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const pkgFile = (spec: string) => require.resolve(spec);

export const PAGE_DIST = path.join(ROOT, 'dist', 'sandbox-page');
export const WIDGET_DIST = path.join(ROOT, 'dist', 'widget');
/** The code amoCRM would generate on upload; the page uses this one. */
export const SANDBOX_WIDGET_CODE = 'partner_card_cleaner';

export interface PageServing {
  staticMounts: Array<{ urlPrefix: string; dir: string }>;
  files: Record<string, string>;
}

export function pageServing(widgetDir = WIDGET_DIST, pageDir = PAGE_DIST): PageServing {
  const index = path.join(pageDir, 'index.html');
  return {
    staticMounts: [
      { urlPrefix: `/widgets/${SANDBOX_WIDGET_CODE}`, dir: widgetDir },
      { urlPrefix: '/sandbox-page', dir: pageDir },
    ],
    files: {
      '/': index,
      '/index.html': index,
      '/vendor/require.js': pkgFile('requirejs/require.js'),
      '/vendor/jquery.js': pkgFile('jquery'),
      '/vendor/underscore.js': pkgFile('underscore/underscore-umd.js'),
      '/vendor/twig.js': pkgFile('twig/twig.min.js'),
      '/vendor/text.js': pkgFile('requirejs-text/text.js'),
    },
  };
}
