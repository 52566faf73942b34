// amoCRM's global APP (and its old name AMOCRM): page context the widget reads at call time.
import type { Notifier } from './notifications';
import type { PageState } from './pageState';
import type { User } from '../../src/api/schemas';

export interface CurrentCard {
  id: number;
  element_type: number;
  main_user: number;
}

export interface SandboxApp {
  readonly lang_id: string;
  constant(name: string): unknown;
  data: { current_card: CurrentCard | false; current_view?: string; readonly current_entity: string };
  system: { format: { date: Record<string, string> } };
  getBaseEntity(): string;
  isCard(): boolean;
  getWidgetsArea(): string;
  widgets: { system: { readonly area: string }; readonly list: Record<string, unknown> };
  notifications: {
    show_message(m: { header?: string; text?: string }): void;
    show_message_error(m: { header?: string; text?: string }): void;
    add_error(m: { header?: string; text?: string }): void;
  };
  element_types: Record<string, number>;
  cf_types: Record<string, number>;
}

/** `widgetList`: every installed widget's params by code (APP.widgets.list). */
export function createApp(state: PageState, notifier: Notifier, users: User[], widgetList: () => Record<string, unknown>): SandboxApp {
  const managers = Object.fromEntries(
    users.map((u) => [
      u.id,
      {
        id: u.id,
        title: u.name,
        option: u.name,
        active: u.rights?.is_active !== false,
        login: u.email ?? '',
        is_admin: u.rights?.is_admin ? 'Y' : 'N',
        free_user: u.rights?.is_free ? 'Y' : 'N',
        avatar: '',
        group: `group_${u.rights?.group_id ?? 0}`,
        theme: state.theme === 'dark' ? 2 : 1,
      },
    ]),
  );
  const me = users.find((u) => u.id === state.userId);
  const constants: Record<string, () => unknown> = {
    user: () => ({
      id: state.userId,
      name: state.userName,
      login: state.userEmail,
      amojo_id: `sandbox-${state.userId}`,
      personal_mobile: '',
      photo: '',
      theme: state.theme === 'dark' ? 2 : 1,
      tour: false,
      user_rank: 'newbie',
      uuid: `sandbox-user-${state.userId}`,
    }),
    account: () => ({
      id: state.accountId,
      subdomain: state.subdomain,
      timezone: 'Europe/Moscow',
      amojo_id: 'sandbox',
      cf: {},
      products: {},
    }),
    managers: () => managers,
    user_rights: () => ({
      is_admin: me?.rights?.is_admin ? 'Y' : 'N',
      is_free_user: me?.rights?.is_free ? 'Y' : 'N',
      contacts: me?.rights?.contacts ?? {},
      leads: me?.rights?.leads ?? {},
    }),
    groups: () => ({ group_0: 'Отдел продаж' }),
    task_types: () => ({ 1: { id: 1, option: 'Связаться' }, 2: { id: 2, option: 'Встреча' } }),
  };
  const toast = (kind: 'info' | 'error') => (m: { header?: string; text?: string }) =>
    notifier[kind](String(m.header ?? ''), String(m.text ?? ''));
  return {
    get lang_id() {
      return state.lang;
    },
    constant: (name) => constants[name]?.(),
    data: {
      current_card: false,
      get current_entity() {
        return state.route.kind === 'lead' ? 'leads' : 'contacts';
      },
    },
    // Moment formats of the user's locale; Kommo's birthday widget formats dates with them.
    system: { format: { date: { date: 'DD.MM.YYYY', date_short: 'DD.MM', full: 'DD.MM.YYYY HH:mm', time: 'HH:mm' } } },
    getBaseEntity: () => (state.route.kind === 'lead' ? 'leads' : state.route.kind === 'contact' ? 'contacts' : 'settings'),
    isCard: () => state.route.kind === 'contact' || state.route.kind === 'lead',
    getWidgetsArea() {
      switch (state.route.kind) {
        case 'contact':
          return 'contacts_card';
        case 'lead':
          return 'leads_card';
        case 'settings':
          return 'widgetsSettings';
        case 'advanced':
          return `advanced-settings:${state.route.code ?? ''}`;
      }
    },
    widgets: {
      system: {
        get area() {
          return state.area;
        },
      },
      get list() {
        return widgetList();
      },
    },
    notifications: { show_message: toast('info'), show_message_error: toast('error'), add_error: toast('error') },
    element_types: { contacts: 1, leads: 2, companies: 3, customers: 12 },
    cf_types: { text: 1, numeric: 2, checkbox: 3, select: 4, multiselect: 5, multitext: 8, textarea: 9, date: 6, url: 7, birthday: 14 },
  };
}
