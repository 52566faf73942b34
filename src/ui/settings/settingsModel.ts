// What each of the eight settings names, what the widget finds in this account when it is empty,
// which of the account's fields may be chosen for it, and whether a saved value exists. Pure: the
// form and the adapter's save check share it.
import type { Catalog, CustomFieldDefinition } from '../../api/schemas';
import type { WidgetSettings } from '../../host';
import { fieldByOverride, FIELD_SETTING_ROWS, type FieldSettingKey } from '../../domain/fields/detectFields';
import { SETTINGS_KEYS, type SettingKey } from '../../domain/settings';
import { ENUM_FIELD_TYPES, fold, PARTNER_WORDS, resolvePartnerMarker } from '../../domain/cardKind/partnerMarker';
import { pickCatalog } from '../../api/client/clientBase';

export { FIELD_SETTING_ROWS };
export type { FieldSettingKey, SettingKey };

export interface Account {
  contactFields: CustomFieldDefinition[];
  leadFields: CustomFieldDefinition[];
  catalogs: Catalog[];
}

/** A thing of the account a setting can point at, as the manager sees it. */
export interface Choice {
  /** What is stored in the manifest input. */
  value: string;
  name: string;
  id: number;
}

const fieldsOf = (account: Account, key: FieldSettingKey) =>
  FIELD_SETTING_ROWS[key].entity === 'contacts' ? account.contactFields : account.leadFields;

/** Fields of the right type for a field setting (Email: only the PHONE-like list field coded EMAIL, or text). */
export function fieldChoices(account: Account, key: FieldSettingKey): Choice[] {
  const { types } = FIELD_SETTING_ROWS[key];
  return fieldsOf(account, key)
    .filter((f) => types.includes(f.type) && (f.type !== 'multitext' || f.code === 'EMAIL'))
    .map((f) => ({ value: String(f.id), name: f.name, id: f.id }));
}

export function catalogChoices(account: Account): Choice[] {
  return account.catalogs
    .filter((c) => c.type !== 'products' && c.type !== 'invoices')
    .map((c) => ({ value: String(c.id), name: c.name, id: c.id }));
}

/** Partner marker options: each value of the account's select fields, as `field:<id>=<value>`. */
export function markerChoices(account: Account): Choice[] {
  return account.contactFields
    .filter((f) => ENUM_FIELD_TYPES.has(f.type) && f.code !== 'PHONE' && f.code !== 'EMAIL')
    .flatMap((f) => f.enums.map((e) => ({ value: `field:${f.id}=${e.value}`, name: `${f.name} = ${e.value}`, id: f.id })));
}

/** What the widget uses when the setting is empty: a field, a list, a marker, or nothing found. */
export function detected(account: Account, key: SettingKey): Choice | undefined {
  if (key === 'client_catalog') {
    const c = pickCatalog(account.catalogs);
    return c && { value: String(c.id), name: c.name, id: c.id };
  }
  if (key === 'partner_marker') {
    const marker = resolvePartnerMarker('', account.contactFields);
    const field = marker.kind === 'auto' ? account.contactFields.find((f) => f.id === marker.roleFieldIds[0]) : undefined;
    const value = field?.enums.find((e) => PARTNER_WORDS.test(e.value));
    return field && { value: '', name: value ? `${field.name} = ${value.value}` : field.name, id: field.id };
  }
  const f = FIELD_SETTING_ROWS[key].detect(fieldsOf(account, key));
  return f && { value: String(f.id), name: f.name, id: f.id };
}

export type Problem =
  | { code: 'no-field'; value: string }
  | { code: 'wrong-type'; value: string; name: string; type: string }
  | { code: 'no-list'; value: string }
  | { code: 'no-marker-field'; value: string }
  | { code: 'no-marker-value'; value: string; name: string };

/** A saved value that points nowhere (a deleted field, a typo) is a problem; empty is «detect». */
export function checkSetting(account: Account, key: SettingKey, raw: string | undefined): Problem | undefined {
  const value = (raw ?? '').trim();
  if (value === '') return undefined;
  if (key === 'client_catalog') return pickCatalog(account.catalogs, value) ? undefined : { code: 'no-list', value };
  if (key === 'partner_marker') {
    const marker = resolvePartnerMarker(value, account.contactFields);
    if (marker.kind !== 'field') return undefined; // a tag: any word may become one
    const field =
      account.contactFields.find((f) => String(f.id) === marker.field) ??
      account.contactFields.find((f) => fold(f.name) === fold(marker.field));
    if (!field) return { code: 'no-marker-field', value: marker.field };
    if (ENUM_FIELD_TYPES.has(field.type) && !field.enums.some((e) => fold(e.value) === fold(marker.value)))
      return { code: 'no-marker-value', value: marker.value, name: field.name };
    return undefined;
  }
  const field = fieldByOverride(fieldsOf(account, key), value);
  if (!field) return { code: 'no-field', value };
  if (!FIELD_SETTING_ROWS[key].types.includes(field.type)) return { code: 'wrong-type', value, name: field.name, type: field.type };
  return undefined;
}

export function checkSettings(account: Account, values: WidgetSettings): Partial<Record<SettingKey, Problem>> {
  const out: Partial<Record<SettingKey, Problem>> = {};
  for (const key of SETTINGS_KEYS) {
    const problem = checkSetting(account, key, values[key]);
    if (problem) out[key] = problem;
  }
  return out;
}
