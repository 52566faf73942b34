// Account, users and catalogs of remont-spb, as in the shared fixtures.
import type { Account, User } from '../../src/api/schemas';
import { ACCOUNT_ID, CLIENT_BASE_CATALOG, PRODUCTS_CATALOG } from './fields';
import type { StoredCatalog } from './types';

export const USER = { admin: 8101001, kozlov: 8101002, lebedeva: 8101003 } as const;

export const account: Account = {
  id: ACCOUNT_ID,
  name: 'Ремонт СПб',
  subdomain: 'remont-spb',
  created_at: 1549869300,
  created_by: 0,
  updated_at: 1737352800,
  updated_by: 0,
  current_user_id: USER.admin,
  country: 'RU',
  currency: 'RUB',
  currency_symbol: '₽',
  customers_mode: 'disabled',
  is_unsorted_on: true,
  is_loss_reason_enabled: true,
  is_helpbot_enabled: false,
  is_technical_account: false,
  contact_name_display_order: 1,
  uuid: '3f1c2a9e-6b7d-4c1e-9a55-2d8e0f4b7c11',
};

const all = { view: 'A', edit: 'A', add: 'A', delete: 'A', export: 'A' };
const own = { view: 'A', edit: 'M', add: 'A', delete: 'D', export: 'D' };

function user(id: number, name: string, email: string, admin: boolean): User {
  const entity = admin ? all : own;
  // The real answer carries more rights keys than the schema names; keep them for fidelity.
  const rights = {
    leads: entity,
    contacts: entity,
    companies: entity,
    tasks: { edit: 'A', delete: admin ? 'A' : 'M' },
    mail_access: true,
    catalog_access: true,
    files_access: true,
    status_rights: [],
    catalog_rights: null,
    custom_fields_rights: null,
    oper_day_reports_view_access: false,
    oper_day_user_tracking: false,
    is_admin: admin,
    is_free: false,
    is_active: true,
    group_id: null,
    role_id: null,
  };
  return { id, name, email, lang: 'ru', rights };
}

export const users: User[] = [
  user(USER.admin, 'Ольга Смирнова', 'o.smirnova@remont-spb.ru', true),
  user(USER.kozlov, 'Дмитрий Козлов', 'd.kozlov@remont-spb.ru', false),
  user(USER.lebedeva, 'Анна Лебедева', 'a.lebedeva@remont-spb.ru', false),
];

function catalog(id: number, name: string, sort: number, type: string): StoredCatalog {
  return {
    id,
    name,
    created_by: USER.admin,
    updated_by: USER.admin,
    created_at: 1612162800,
    updated_at: 1733036400,
    sort,
    type,
    can_add_elements: true,
    can_show_in_cards: false,
    can_link_multiple: true,
    can_be_deleted: true,
    sdk_widget_code: null,
    account_id: ACCOUNT_ID,
  };
}

export const catalogs: StoredCatalog[] = [
  catalog(CLIENT_BASE_CATALOG, 'Клиентская база', 10, 'regular'),
  catalog(PRODUCTS_CATALOG, 'Товары', 20, 'products'),
];

export const TAG = { foreman: { id: 90101, name: 'прораб', color: null }, client: { id: 90103, name: 'клиент', color: null } } as const;
