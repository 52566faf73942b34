// The amoCRM stand-in page: loads the unzipped widget through RequireJS like amoCRM, builds APP and
// the widget object, and drives the widget's lifecycle as the user moves between cards.
import './page.css';
import { configureAmd, load, WIDGET_CODE, WIDGET_MODULE, WIDGET_PATH } from './amd';
import { createApp } from './appObject';
import type { PageLang } from './chromeText';
import { listContacts, listLeads, readAccountAndUsers } from './crmData';
import { createNotifier } from './notifications';
import type { PageState } from './pageState';
import { createRouter } from './router';
import { createSettingsStore } from './settingsStore';
import { renderTopbar } from './topbar';
import { createWidgetObject, type LangTree, type Manifest, type PageJQuery, type TwigApi, type WidgetObject } from './widgetObject';
import { createWidgetRunner, type LifecycleEntry } from './widgetRunner';

const DEMO_FOREMAN = 24000101;

declare global {
  interface Window {
    __sandbox?: {
      ready: boolean;
      lifecycle: LifecycleEntry[];
      /** jQuery handlers on document by event type: leaks show here. */
      documentEvents(): Record<string, number>;
      navigate(hash: string): Promise<void>;
      setLang(lang: PageLang): Promise<void>;
      setTheme(theme: 'light' | 'dark'): void;
    };
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return (await res.json()) as T;
}

/** amoCRM loads i18n/<lang>.json, or the manifest's first locale when the user's is not shipped. */
function loadLangs(manifest: Manifest, lang: string): Promise<LangTree> {
  const locale = manifest.widget.locale.includes(lang) ? lang : (manifest.widget.locale[0] ?? 'ru');
  return fetchJson<LangTree>(`${WIDGET_PATH}/i18n/${locale}.json?v=${Date.now()}`);
}

function el(tag: string, className: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

async function boot(): Promise<void> {
  const stored = (k: string) => localStorage.getItem(`sbx:${k}`);
  const state: PageState = {
    route: { kind: 'contact', id: DEMO_FOREMAN },
    area: 'ccard',
    lang: stored('lang') === 'en' ? 'en' : 'ru',
    theme: stored('theme') === 'dark' ? 'dark' : 'light',
    userId: 0,
    userEmail: '',
    userName: '',
    subdomain: 'sandbox',
    accountId: 0,
    lastCardHash: '',
  };
  const applyTheme = () => {
    if (state.theme === 'dark') document.documentElement.setAttribute('data-color-scheme', 'dark');
    else document.documentElement.removeAttribute('data-color-scheme');
  };
  applyTheme();
  document.documentElement.lang = state.lang;

  const app = el('div', 'sbx-app');
  const topbar = el('nav', 'sbx-topbar');
  const main = el('main', 'sbx-main');
  const card = el('section', 'sbx-card');
  const column = el('aside', 'sbx-column card-widgets');
  main.append(card, column);
  app.append(topbar, main);
  document.body.append(app);
  const notifier = createNotifier(document);

  configureAmd(String(Date.now()), notifier);
  const [$, , Twig] = await load<[PageJQuery, unknown, TwigApi]>(['jquery', 'underscore', 'twigjs']);
  const manifest = await fetchJson<Manifest>(`${WIDGET_PATH}/manifest.json?v=${Date.now()}`);
  const settings = createSettingsStore(localStorage);

  const { account, users } = await readAccountAndUsers().catch((e: Error) => {
    notifier.error('API', e.message);
    return { account: null, users: [] };
  });
  const me = users.find((u) => u.id === account?.current_user_id);
  Object.assign(state, {
    userId: account?.current_user_id ?? 0,
    userEmail: me?.email ?? '',
    userName: me?.name ?? '',
    subdomain: account?.subdomain ?? 'sandbox',
    accountId: account?.id ?? 0,
  });

  const amoApp = createApp(state, notifier, users, () => runner.current().params);
  Object.assign(window, { APP: amoApp, AMOCRM: amoApp });
  const runner = createWidgetRunner({ state, app: amoApp, $, locations: manifest.locations, column });

  const [Widget] = await load<[(this: WidgetObject) => WidgetObject]>([WIDGET_MODULE]);
  const instantiate = async (): Promise<WidgetObject> => {
    const langs = await loadLangs(manifest, state.lang);
    const self = createWidgetObject({ state, manifest, langs, settings, $, Twig, column, log: runner.record });
    Widget.call(self); // amoCRM runs the constructor with its widget object as `this`
    return self;
  };
  runner.replace(await instantiate());

  const [contacts, leads] = await Promise.all([listContacts(), listLeads()]).catch((e: Error) => {
    notifier.error('API', e.message);
    return [[], []] as [never[], never[]];
  });
  const drawTopbar = () =>
    renderTopbar(topbar, {
      lang: state.lang,
      theme: state.theme,
      contacts,
      leads,
      currentHash: location.hash,
      onLang: (lang) => void setLang(lang),
      onTheme: setTheme,
    });
  const router = createRouter({
    state,
    app: amoApp,
    runner,
    layout: { card, column, overlayHost: app },
    manifest,
    settings,
    notifier,
    $,
    defaultContactId: DEMO_FOREMAN,
    onRouteChange: drawTopbar,
  });

  async function setLang(lang: PageLang) {
    if (lang === state.lang) return;
    state.lang = lang;
    localStorage.setItem('sbx:lang', lang);
    document.documentElement.lang = lang;
    runner.leave();
    runner.replace(await instantiate());
    await router.show(location.hash);
  }
  function setTheme(theme: 'light' | 'dark') {
    state.theme = theme;
    localStorage.setItem('sbx:theme', theme);
    applyTheme();
    drawTopbar();
  }

  // amoCRM is a single-page app: its own links (/contacts/detail/N) never reload the page.
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href]');
    const m = a?.getAttribute('href')?.match(/^\/(contacts|leads)\/detail\/(\d+)/);
    if (!m || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey) return;
    e.preventDefault();
    location.hash = `#/${m[1]}/${m[2]}`;
  });

  window.addEventListener('hashchange', () => void router.show(location.hash));
  window.__sandbox = {
    ready: false,
    lifecycle: runner.log,
    documentEvents() {
      const events = $._data(document, 'events') ?? {};
      return Object.fromEntries(Object.entries(events).map(([type, handlers]) => [type, handlers.length]));
    },
    async navigate(hash) {
      // pushState fires no hashchange: this call alone runs the move, and resolves when it is done.
      history.pushState(null, '', hash);
      await router.show(hash);
    },
    setLang,
    setTheme,
  };
  if (!location.hash) history.replaceState(null, '', `#/contacts/${DEMO_FOREMAN}`);
  await router.show(location.hash);
  window.__sandbox.ready = true;
  document.documentElement.dataset.sbxWidget = WIDGET_CODE;
}

boot().catch((e: Error) => {
  const box = document.createElement('pre');
  box.className = 'sbx-fatal';
  box.setAttribute('role', 'alert');
  box.textContent = `Sandbox failed to start: ${e.message}`;
  document.body.append(box);
});
