// The amoCRM stand-in page: loads every installed widget through RequireJS like amoCRM, builds APP
// and each widget object, and drives their lifecycles as the user moves between cards.
import './page.css';
import { configureAmd, load } from './amd';
import { createApp } from './appObject';
import type { PageLang } from './chromeText';
import { listContacts, listLeads, readAccountAndUsers } from './crmData';
import { installWidget, type Installed, type WidgetSlot } from './installedWidget';
import { createNotifier } from './notifications';
import type { PageState } from './pageState';
import { createRouter } from './router';
import { renderTopbar } from './topbar';
import type { PageJQuery, TwigApi } from './widgetObject';
import type { LifecycleEntry } from './widgetRunner';
import { watchStrayErrors } from './strayErrors';

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
      /** Each installed widget's own lifecycle log, by code. */
      widgets: Record<string, { lifecycle: LifecycleEntry[] }>;
    };
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return (await res.json()) as T;
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
  const installed = await fetchJson<Installed[]>('/sandbox/widgets.json');

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

  const log: LifecycleEntry[] = [];
  let slots: WidgetSlot[] = [];
  const amoApp = createApp(state, notifier, users, () => Object.fromEntries(slots.map((s) => [s.code, s.runner.current().params])));
  Object.assign(window, { APP: amoApp, AMOCRM: amoApp });
  // A widget whose manifest cannot be read is left out; the page and the other widgets go on.
  const loaded = await Promise.all(
    installed.map((w, order) =>
      installWidget(w, { state, app: amoApp, $, Twig, column, sharedLog: log, order }).catch((e: Error) => {
        console.error(`[sandbox] widget ${w.code}: manifest.json`, e);
        notifier.error(w.code, e.message);
        return null;
      }),
    ),
  );
  slots = loaded.filter((s): s is WidgetSlot => s !== null);
  await Promise.all(slots.map((s) => s.instantiate()));
  watchStrayErrors(slots);

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
      widgets: slots.map((s) => ({ code: s.code, name: s.name() })),
    });
  const router = createRouter({
    state,
    app: amoApp,
    slots,
    layout: { card, column, overlayHost: app },
    notifier,
    record: (event) => {
      const current = amoApp.data.current_card;
      const entry = { event, area: state.area, card: current ? current.id : null };
      log.push(entry);
      for (const slot of slots) slot.log.push(entry);
    },
    $,
    defaultContactId: DEMO_FOREMAN,
    onRouteChange: drawTopbar,
  });

  async function setLang(lang: PageLang) {
    if (lang === state.lang) return;
    state.lang = lang;
    localStorage.setItem('sbx:lang', lang);
    document.documentElement.lang = lang;
    // amoCRM reloads the page on a language change: fresh instances with the new i18n.
    for (const slot of slots) slot.runner.leave();
    await Promise.all(slots.map((s) => s.instantiate()));
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
    lifecycle: log,
    widgets: Object.fromEntries(slots.map((s) => [s.code, { lifecycle: s.log }])),
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
  document.documentElement.dataset.sbxWidget = slots.map((s) => s.code).join(' ');
}

boot().catch((e: Error) => {
  const box = document.createElement('pre');
  box.className = 'sbx-fatal';
  box.setAttribute('role', 'alert');
  box.textContent = `Sandbox failed to start: ${e.message}`;
  document.body.append(box);
});
