// The one seam between the React panel and whatever page it runs in (amoCRM, the sandbox, a test).
// widget/ builds it from amoCRM's widget object and APP; tests build it by hand. The UI knows nothing else.

import type { MessageKey } from './i18n/messageKey';
import type { WidgetSettings } from './domain/settings';

export type Lang = 'ru' | 'en';
export type { MessageKey };
export type Theme = 'light' | 'dark';

// The settings' shape is the domain's (it reads the overrides); re-exported for every importer of the host.
export { SETTINGS_KEYS, type WidgetSettings } from './domain/settings';

export interface CardRef {
  entity: 'contacts' | 'leads';
  /** 0 on a "new contact" page. */
  id: number;
}

export interface Host {
  readonly lang: Lang;
  readonly theme: Theme;
  /** Translate a dotted key of the widget's i18n file (`panel.title`); `{name}` placeholders are filled from vars. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** The card the panel sits in, or null outside a card. */
  readonly card: CardRef | null;
  /** Base URL of the REST API: '' (same origin) in amoCRM. */
  readonly apiBase: string;
  readonly settings: WidgetSettings;
  readonly widgetCode: string;
  /** Where the widget's own files are served (images). */
  readonly widgetPath: string;
  readonly currentUserId: number;
  /** amoCRM's toasts (APP.notifications). */
  notify(kind: 'info' | 'error', header: string, text: string): void;
  /** Open another card in the CRM (a deal, a contact). */
  cardUrl(entity: 'contacts' | 'leads', id: number): string;
}
