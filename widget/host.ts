// Turns amoCRM's widget object and APP into the panel's Host. No business rules here.
import { SETTINGS_KEYS } from '../src/host';
import { formatMessage } from '../src/i18n/formatMessage';
import type { CardRef, Host, Lang, Theme, WidgetSettings } from '../src/host';
import type { AmoApp, AmoWidget, LangTree } from './amocrm';

export const DEFAULT_WIDGET_CODE = 'partner_card_cleaner';

export interface HostSources {
  self: AmoWidget;
  app: AmoApp;
  /** The page's root element: amoCRM marks the dark theme on it. */
  root: HTMLElement;
}

/** Finds a dotted key (`panel.title`) in a language tree; only a string counts as found. */
export function lookupLang(tree: LangTree | undefined, key: string): string | undefined {
  let node: string | LangTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills placeholders (plain `{name}` and ICU plurals) for the widget's language. */
export function interpolate(text: string, vars?: Record<string, string | number>, lang: Lang = 'ru'): string {
  return formatMessage(text, vars, lang);
}

/** The platform's `self.i18n` first (it knows the user's locale), then our own tree, then the key itself. */
export function translate(self: AmoWidget, key: string, vars?: Record<string, string | number>, lang: Lang = 'ru'): string {
  let fromPlatform: unknown;
  try {
    fromPlatform = self.i18n(key);
  } catch {
    fromPlatform = undefined; // some pages throw on dotted keys; our own tree still answers
  }
  const text =
    typeof fromPlatform === 'string' && fromPlatform !== '' && fromPlatform !== key ? fromPlatform : (lookupLang(self.langs, key) ?? key);
  return interpolate(text, vars, lang);
}

/** amoCRM falls back to the manifest's first locale (ru) for a language we don't ship. */
export function langOf(app: AmoApp): Lang {
  return app.lang_id === 'en' ? 'en' : 'ru';
}

export function themeOf(app: AmoApp, root: HTMLElement): Theme {
  const scheme = root.getAttribute('data-color-scheme');
  if (scheme) return scheme === 'dark' ? 'dark' : 'light';
  const user = app.constant('user');
  return user && Number(user.theme) === 2 ? 'dark' : 'light';
}

/** APP.data.current_card with the entity from APP.getBaseEntity() (or element_type: 1 contact, 2 deal). */
export function cardOf(app: AmoApp): CardRef | null {
  const current = app.data?.current_card;
  if (!current) return null;
  const id = Number(current.id);
  if (!Number.isInteger(id) || id < 0) return null;
  const base = app.getBaseEntity?.();
  const byType = Number(current.element_type) === 2 ? 'leads' : 'contacts';
  const entity = base === 'leads' || base === 'contacts' ? base : byType;
  return { entity, id };
}

/** Only the manifest's override keys, as trimmed strings; an empty override means "detect". */
export function settingsOf(self: AmoWidget): WidgetSettings {
  const saved = self.get_settings();
  const settings: WidgetSettings = {};
  for (const key of SETTINGS_KEYS) {
    const value = saved[key];
    if ((typeof value === 'string' || typeof value === 'number') && String(value).trim() !== '') {
      settings[key] = String(value).trim();
    }
  }
  return settings;
}

function currentUserIdOf(self: AmoWidget, app: AmoApp): number {
  const fromSystem = Number(self.system().amouser_id);
  if (Number.isInteger(fromSystem) && fromSystem > 0) return fromSystem;
  const fromUser = Number(app.constant('user')?.id);
  return Number.isInteger(fromUser) && fromUser > 0 ? fromUser : 0;
}

export function buildHost({ self, app, root }: HostSources): Host {
  const saved = self.get_settings();
  const widgetCode = typeof saved.widget_code === 'string' && saved.widget_code ? saved.widget_code : DEFAULT_WIDGET_CODE;
  const widgetPath = typeof saved.path === 'string' ? saved.path.replace(/\/+$/, '') : '';
  const lang = langOf(app);
  return {
    lang,
    theme: themeOf(app, root),
    t: (key, vars) => translate(self, key, vars, lang),
    card: cardOf(app),
    apiBase: '',
    settings: settingsOf(self),
    widgetCode,
    widgetPath,
    currentUserId: currentUserIdOf(self, app),
    notify(kind, header, text) {
      const notifications = app.notifications;
      if (!notifications) return;
      if (kind === 'error') notifications.show_message_error({ header, text });
      else notifications.show_message({ header, text });
    },
    cardUrl: (entity, id) => `/${entity}/detail/${id}`,
  };
}
