// The one Host the tests use — the panel's, the queue's and the settings form's — built as the
// adapter builds it, from the real i18n files. Toasts are kept so a test can read what was said.
import type { Host, Lang, Theme, WidgetSettings } from '../../src/host';
import { interpolate, lookupLang } from '../../widget/host';
import en from '../../i18n/en.json';
import ru from '../../i18n/ru.json';

export interface TestHostOptions {
  apiBase: string;
  /** The contact card the panel sits in; none (the queue's and the settings' pages) when left out. */
  partnerId?: number;
  lang?: Lang;
  theme?: Theme;
  settings?: WidgetSettings;
}

export function testHost(opts: TestHostOptions): Host & { toasts: string[] } {
  const lang = opts.lang ?? 'ru';
  const tree = lang === 'ru' ? ru : en;
  const toasts: string[] = [];
  return {
    lang,
    theme: opts.theme ?? 'light',
    t: (key, vars) => interpolate(lookupLang(tree, key) ?? key, vars, lang),
    card: opts.partnerId === undefined ? null : { entity: 'contacts', id: opts.partnerId },
    apiBase: opts.apiBase,
    settings: opts.settings ?? {},
    widgetCode: 'partner_card_cleaner',
    widgetPath: '/widgets/partner_card_cleaner',
    currentUserId: 8101001,
    notify: (kind, header, text) => toasts.push(`${kind}: ${header} ${text}`),
    cardUrl: (entity, id) => `/${entity}/detail/${id}`,
    toasts,
  };
}
