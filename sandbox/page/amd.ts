// The page's RequireJS (from npm) and the AMD ids amoCRM provides to widgets.
import type { Notifier } from './notifications';

export interface RequireJs {
  (deps: string[], onLoad: (...mods: unknown[]) => void, onError?: (err: Error) => void): void;
  config(cfg: Record<string, unknown>): void;
  undef(id: string): void;
}
export type Define = (id: string, deps: string[], factory: (...mods: unknown[]) => unknown) => void;

declare global {
  interface Window {
    requirejs?: RequireJs;
    define?: Define & { amd?: unknown };
  }
}

export const WIDGET_CODE = 'partner_card_cleaner';
export const WIDGET_PATH = `/widgets/${WIDGET_CODE}`;
/** The AMD id of the widget folder, so `./lib/x` inside script.js resolves against it. */
export const WIDGET_MODULE = `widgets/${WIDGET_CODE}/script`;

export function requireJs(): RequireJs {
  if (!window.requirejs || !window.define) throw new Error('sandbox: /vendor/require.js did not load');
  return window.requirejs;
}

/** Fresh copies of the widget after a rebuild, cached vendor files otherwise. */
export function configureAmd(loadStamp: string, notifier: Notifier): void {
  const rjs = requireJs();
  rjs.config({
    paths: {
      jquery: '/vendor/jquery',
      underscore: '/vendor/underscore',
      twigjs: '/vendor/twig',
      text: '/vendor/text',
      [`widgets/${WIDGET_CODE}`]: WIDGET_PATH,
    },
    urlArgs: (id: string) => (id.startsWith('widgets/') ? `?v=${loadStamp}` : ''),
    waitSeconds: 30,
  });
  // amoCRM's system modal: widgets call `new Modal()._showError(text)`.
  window.define!('lib/components/base/modal', [], () => {
    return function Modal(this: Record<string, unknown>) {
      this._showError = (text: string) => notifier.error('', String(text));
      this._showSuccess = (text: string) => notifier.info('', String(text));
      this.destroy = () => {};
    };
  });
}

export function load<T extends unknown[]>(deps: string[]): Promise<T> {
  return new Promise((resolve, reject) => requireJs()(deps, (...mods) => resolve(mods as T), reject));
}
