// The one seam between the React panel and whatever page it runs in (amoCRM, the sandbox, a test).
// widget/ builds it from amoCRM's widget object and APP; tests build it by hand. The UI knows nothing else.

import type { MessageKey } from './i18n/messageKey';

export type Lang = 'ru' | 'en';
export type { MessageKey };
export type Theme = 'light' | 'dark';

/**
 * Saved widget settings (manifest `settings` keys). Each field override holds a custom field id
 * or a field name; empty means "detect by type and name".
 */
export interface WidgetSettings {
  field_full_name?: string;
  field_birthday?: string;
  field_email?: string;
  field_comment?: string;
  field_address?: string;
  field_contract?: string;
  client_catalog?: string;
  partner_marker?: string;
}

export const SETTINGS_KEYS = [
  'field_full_name',
  'field_birthday',
  'field_email',
  'field_comment',
  'field_address',
  'field_contract',
  'client_catalog',
  'partner_marker',
] as const satisfies ReadonlyArray<keyof WidgetSettings>;

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
