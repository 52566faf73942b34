// Custom field definitions of the remont-spb account, copied from the shared fixtures
// (contacts_custom_fields.json, leads_custom_fields.json, catalog_elements_clients.json).
import type { FieldDefinition } from './types';

export const ACCOUNT_ID = 31234567;

export const CONTACT_FIELD = {
  phone: 501101,
  email: 501103,
  position: 501105,
  fullName: 501201,
  birthday: 501203,
  role: 501205,
  comment: 501207,
  url: 501209,
  questionnaireDate: 501211,
} as const;

export const LEAD_FIELD = { address: 601101, contract: 601103, contractDate: 601105, repairType: 601107, folderUrl: 601109 } as const;

export const CLIENT_BASE_CATALOG = 12301;
export const PRODUCTS_CATALOG = 12303;
export const CLIENT_BASE_FIELD = {
  contract: 801101,
  clientName: 801103,
  clientPhone: 801105,
  address: 801107,
  contractDate: 801109,
} as const;

export const PHONE_ENUM = { WORK: 701101, WORKDD: 701103, MOB: 701105, FAX: 701107, HOME: 701109, OTHER: 701111 } as const;
export const EMAIL_ENUM = { WORK: 701113, PRIV: 701115, OTHER: 701117 } as const;
export const ROLE_ENUM = { partner: 701201, client: 701203, supplier: 701205 } as const;
export const ROLE_TEXT = { partner: 'Прораб / партнёр', client: 'Клиент', supplier: 'Поставщик' } as const;
export const REPAIR_ENUM = { Капитальный: 701301, Косметический: 701303, Дизайнерский: 701305 } as const;

function field(
  entityType: string,
  id: number,
  name: string,
  type: string,
  sort: number,
  extra: Partial<FieldDefinition> = {},
): FieldDefinition {
  return {
    id,
    name,
    type,
    account_id: ACCOUNT_ID,
    code: null,
    sort,
    is_api_only: false,
    enums: null,
    group_id: null,
    required_statuses: [],
    is_deletable: true,
    is_predefined: false,
    entity_type: entityType,
    remind: null,
    ...extra,
  };
}

const enums = (pairs: Record<string, number>) => Object.entries(pairs).map(([value, id], i) => ({ id, value, sort: (i + 1) * 2 }));

const predefined = { is_deletable: false, is_predefined: true } as const;

export const contactFields: FieldDefinition[] = [
  field('contacts', CONTACT_FIELD.position, 'Должность', 'text', 2, { code: 'POSITION', ...predefined }),
  field('contacts', CONTACT_FIELD.phone, 'Телефон', 'multitext', 4, { code: 'PHONE', enums: enums(PHONE_ENUM), ...predefined }),
  field('contacts', CONTACT_FIELD.email, 'Email', 'multitext', 6, { code: 'EMAIL', enums: enums(EMAIL_ENUM), ...predefined }),
  field('contacts', CONTACT_FIELD.fullName, 'ФИО полностью', 'text', 500),
  field('contacts', CONTACT_FIELD.birthday, 'День рождения', 'birthday', 501, { remind: 'day' }),
  field('contacts', CONTACT_FIELD.role, 'Роль', 'select', 502, {
    enums: enums({
      [ROLE_TEXT.partner]: ROLE_ENUM.partner,
      [ROLE_TEXT.client]: ROLE_ENUM.client,
      [ROLE_TEXT.supplier]: ROLE_ENUM.supplier,
    }),
  }),
  field('contacts', CONTACT_FIELD.comment, 'Комментарий', 'textarea', 503),
  field('contacts', CONTACT_FIELD.url, 'Соцсеть / сайт', 'url', 504),
  field('contacts', CONTACT_FIELD.questionnaireDate, 'Дата заполнения анкеты', 'date', 505),
];

const computed = { is_computed: false } as const;
export const leadFields: FieldDefinition[] = [
  field('leads', LEAD_FIELD.address, 'Адрес объекта', 'text', 500, computed),
  field('leads', LEAD_FIELD.contract, 'Номер договора', 'text', 501, computed),
  field('leads', LEAD_FIELD.contractDate, 'Дата договора', 'date', 502, computed),
  field('leads', LEAD_FIELD.repairType, 'Тип ремонта', 'select', 503, { enums: enums(REPAIR_ENUM), ...computed }),
  field('leads', LEAD_FIELD.folderUrl, 'Папка с документами', 'url', 504, computed),
];

const catalogExtra = { is_visible: true, is_required: false } as const;
export const clientBaseFields: FieldDefinition[] = [
  field('catalogs', CLIENT_BASE_FIELD.contract, 'Номер договора', 'text', 500, catalogExtra),
  field('catalogs', CLIENT_BASE_FIELD.clientName, 'ФИО клиента', 'text', 501, catalogExtra),
  field('catalogs', CLIENT_BASE_FIELD.clientPhone, 'Телефон клиента', 'text', 502, catalogExtra),
  field('catalogs', CLIENT_BASE_FIELD.address, 'Адрес', 'text', 503, catalogExtra),
  field('catalogs', CLIENT_BASE_FIELD.contractDate, 'Дата договора', 'date', 504, catalogExtra),
];

/** The read shape of one filled field, with the name/code/type amoCRM repeats on every entity. */
export function fieldValue(
  defs: readonly FieldDefinition[],
  fieldId: number,
  values: Array<{ value: string | number; enum_id?: number; enum_code?: string }>,
) {
  const def = defs.find((d) => d.id === fieldId);
  if (!def) throw new Error(`unknown field ${fieldId}`);
  return { field_id: fieldId, field_name: def.name, field_code: def.code ?? null, field_type: def.type, values };
}
