// One contact who is neither a foreman nor a client: a tile supplier (role «Поставщик»), so the
// panel's «other contact» view has a card to open. Fixed id and number, no randomness: adding it
// changes nothing else in the generated account.
import { USER } from './accountData';
import { CONTACT_FIELD, PHONE_ENUM, ROLE_ENUM, ROLE_TEXT, contactFields, fieldValue } from './fields';
import type { StoredContact } from './types';

export const SUPPLIER_ID = 24000200;

export function supplierContact(): StoredContact {
  return {
    id: SUPPLIER_ID,
    name: 'ООО «ПлиткаОпт» (поставщик)',
    first_name: '',
    last_name: '',
    responsible_user_id: USER.admin,
    group_id: 0,
    created_by: USER.admin,
    updated_by: USER.admin,
    created_at: 1650000000,
    updated_at: 1650000000,
    closest_task_at: null,
    is_deleted: false,
    is_unsorted: false,
    custom_fields_values: [
      fieldValue(contactFields, CONTACT_FIELD.phone, [{ value: '+7 (812) 600-40-40', enum_id: PHONE_ENUM.WORK, enum_code: 'WORK' }]),
      fieldValue(contactFields, CONTACT_FIELD.role, [{ value: ROLE_TEXT.supplier, enum_id: ROLE_ENUM.supplier }]),
    ],
    tags: [],
  };
}
