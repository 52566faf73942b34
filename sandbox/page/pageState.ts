// Where the user is: area, card, language, theme. APP and the widget object read it live.
import type { PageLang } from './chromeText';

export type Route =
  | { kind: 'contact'; id: number }
  | { kind: 'lead'; id: number }
  | { kind: 'settings'; code?: string }
  | { kind: 'advanced'; code?: string };

export interface PageState {
  route: Route;
  /** amoCRM's area code: ccard, lcard, settings, advanced_settings. */
  area: string;
  lang: PageLang;
  theme: 'light' | 'dark';
  userId: number;
  userEmail: string;
  userName: string;
  subdomain: string;
  accountId: number;
  lastCardHash: string;
}

/**
 * `#/contacts/24000101`, `#/contacts/add` (id 0), `#/leads/31500101`, `#/settings`, `#/advanced`;
 * `#/settings/<code>` and `#/advanced/<code>` pick one of several installed widgets.
 */
export function parseRoute(hash: string, fallbackContactId: number): Route {
  const path = hash.replace(/^#\/?/, '');
  const [section, id] = path.split('/');
  if (section === 'settings') return id ? { kind: 'settings', code: id } : { kind: 'settings' };
  if (section === 'advanced') return id ? { kind: 'advanced', code: id } : { kind: 'advanced' };
  if (section === 'leads' && id && /^\d+$/.test(id)) return { kind: 'lead', id: Number(id) };
  if (section === 'contacts' && id === 'add') return { kind: 'contact', id: 0 };
  if (section === 'contacts' && id && /^\d+$/.test(id)) return { kind: 'contact', id: Number(id) };
  return { kind: 'contact', id: fallbackContactId };
}

export function areaOf(route: Route): string {
  switch (route.kind) {
    case 'contact':
      return 'ccard';
    case 'lead':
      return 'lcard';
    case 'settings':
      return 'settings';
    case 'advanced':
      return 'advanced_settings';
  }
}
