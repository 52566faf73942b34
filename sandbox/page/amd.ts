// The page's RequireJS (from npm) and the AMD ids amoCRM provides to widgets: jquery, underscore,
// moment, twigjs (the `twig` function, with the global `Twig.Templates.registry`), text (its
// `useXhr` overridable), lib/components/base/modal.
import { defineModal } from './modal';
import type { Notifier } from './notifications';

export interface RequireJs {
  (deps: string[], onLoad: (...mods: unknown[]) => void, onError?: (err: Error) => void): void;
  config(cfg: Record<string, unknown>): void;
  undef(id: string): void;
}
export type Define = (id: string, deps: string[], factory: (...mods: unknown[]) => unknown) => void;

interface TwigExports {
  twig(opts: Record<string, unknown>): unknown;
  extend(fn: (internal: unknown) => void): void;
}

declare global {
  interface Window {
    requirejs?: RequireJs;
    define?: Define & { amd?: unknown };
    Twig?: unknown;
  }
}

export function requireJs(): RequireJs {
  if (!window.requirejs || !window.define) throw new Error('sandbox: /vendor/require.js did not load');
  return window.requirejs;
}

/** The URL of a widget's script.js: amoCRM requires it by URL, so `./classes/x.js` resolves beside it. */
export const scriptUrl = (widgetPath: string) => `${widgetPath}/script.js`;

/** Fresh copies of widget files after a rebuild (`?v=` or `&v=`), cached vendor files otherwise. */
export function configureAmd(loadStamp: string, notifier: Notifier): void {
  const rjs = requireJs();
  rjs.config({
    paths: {
      jquery: '/vendor/jquery',
      underscore: '/vendor/underscore',
      moment: '/vendor/moment',
      'twig-npm': '/vendor/twig',
      text: '/vendor/text',
    },
    urlArgs: (_id: string, url: string) => (url.includes('/widgets/') ? `${url.includes('?') ? '&' : '?'}sbx=${loadStamp}` : ''),
    waitSeconds: 30,
  });
  // amoCRM's `twigjs` is the `twig` function itself (Kommo's birthday widget calls it so); our own
  // code also reads `.twig`. Its templates registry is global, as on amoCRM's page.
  window.define!('twigjs', ['twig-npm'], (npmTwig) => {
    const T = npmTwig as TwigExports;
    T.extend((internal) => (window.Twig = internal));
    return Object.assign((opts: Record<string, unknown>) => T.twig(opts), T);
  });
  defineModal(window.define!, notifier);
}

export function load<T extends unknown[]>(deps: string[]): Promise<T> {
  return new Promise((resolve, reject) => requireJs()(deps, (...mods) => resolve(mods as T), reject));
}
