// One installed widget on the page: its manifest, i18n, saved settings, script.js loaded by URL and
// its instance built on amoCRM's widget API. Whatever fails stays with this widget.
import { load, requireJs, scriptUrl } from './amd';
import type { SandboxApp } from './appObject';
import type { PageState } from './pageState';
import { createSettingsStore, type SettingsStore } from './settingsStore';
import {
  constructWidget,
  createWidgetApi,
  widgetName,
  type LangTree,
  type Manifest,
  type PageJQuery,
  type TwigApi,
  type WidgetObject,
} from './widgetObject';
import { createWidgetRunner, placementIn, type LifecycleEntry, type WidgetRunner } from './widgetRunner';

export interface Installed {
  code: string;
  path: string;
}

/** Where the widget stands among the installed ones (its block's place in the column). */
type Ordered = { order: number };

export interface WidgetSlot extends Installed {
  manifest: Manifest;
  settings: SettingsStore;
  runner: WidgetRunner;
  /** Its own lifecycle log (the page's shared log mixes every widget). */
  log: LifecycleEntry[];
  name(): string;
  /** (Re)loads i18n for the page language and builds a fresh instance, as a page load does. */
  instantiate(): Promise<void>;
}

interface SlotDeps {
  state: PageState;
  app: SandboxApp;
  $: PageJQuery;
  Twig: TwigApi;
  column: HTMLElement;
  sharedLog: LifecycleEntry[];
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return (await res.json()) as T;
}

/**
 * amoCRM loads i18n/<lang>.json, or the manifest's first locale when the user's is not shipped.
 * Kommo's React template lists no `locale` at all (it ships en/es/pt): try the user's, then English.
 */
async function loadLangs(path: string, manifest: Manifest, lang: string): Promise<LangTree> {
  const locales = manifest.widget.locale ?? [];
  const tries = locales.length ? [locales.includes(lang) ? lang : locales[0]!] : [lang, 'en'];
  let last: unknown;
  for (const locale of tries) {
    try {
      return await fetchJson<LangTree>(`${path}/i18n/${locale}.json?v=${Date.now()}`);
    } catch (e) {
      last = e;
    }
  }
  throw last;
}

// RequireJS reports a throwing factory or a missing dependency to its global onError; the widget whose
// folder the failing module lives in gets the error, so one widget's broken script stops only itself.
const pendingLoads = new Map<string, (e: Error) => void>();
let onErrorInstalled = false;
function routeRequireErrors(): void {
  if (onErrorInstalled) return;
  onErrorInstalled = true;
  (requireJs() as unknown as { onError: (e: Error & { requireModules?: string[] }) => void }).onError = (err) => {
    const ids = err.requireModules ?? [];
    for (const [path, reject] of pendingLoads) {
      if (ids.some((id) => id.startsWith(`${path}/`)) || err.message.includes(`${path}/`)) return reject(err);
    }
    console.error('[sandbox] RequireJS:', err);
  };
}

function loadScript(path: string): Promise<unknown> {
  routeRequireErrors();
  return new Promise((resolve, reject) => {
    pendingLoads.set(path, reject);
    load<[unknown]>([scriptUrl(path)]).then(([Widget]) => resolve(Widget), reject);
  }).finally(() => pendingLoads.delete(path));
}

export async function installWidget(w: Installed, d: SlotDeps & Ordered): Promise<WidgetSlot> {
  const manifest = await fetchJson<Manifest>(`${w.path}/manifest.json?v=${Date.now()}`);
  const settings = createSettingsStore(localStorage, w.code);
  const log: LifecycleEntry[] = [];
  let langs: LangTree = {};
  const name = () => widgetName(langs, w.code);
  const runner = createWidgetRunner({
    code: w.code,
    path: w.path,
    order: d.order,
    name,
    state: d.state,
    app: d.app,
    locations: manifest.locations ?? [],
    column: d.column,
    onRecord: (e) => {
      log.push(e);
      d.sharedLog.push(e);
    },
  });
  const script = loadScript(w.path);
  script.catch(() => undefined); // reported through the runner below

  const instantiate = async () => {
    langs = await loadLangs(w.path, manifest, d.state.lang).catch((e: Error) => {
      console.error(`[sandbox] widget ${w.code}: i18n`, e);
      return {};
    });
    let step = 'script.js';
    try {
      const Widget = (await script) as (this: WidgetObject) => unknown;
      step = 'constructor';
      const api = createWidgetApi({
        code: w.code,
        path: w.path,
        manifest,
        state: d.state,
        langs,
        settings,
        $: d.$,
        Twig: d.Twig,
        column: d.column,
        order: d.order,
        hasPanel: () => placementIn(manifest.locations ?? [], d.state.area) === 'panel',
        log: runner.record,
      });
      runner.replace(constructWidget(Widget, api));
    } catch (e) {
      runner.fail(step, e);
    }
  };
  return { ...w, manifest, settings, runner, log, name, instantiate };
}
