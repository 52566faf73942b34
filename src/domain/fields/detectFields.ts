// Where the questionnaire's fields live on this account: by type and name, or as set in settings.
import type { FieldDefinition } from '../records';
import type { WidgetSettings } from '../settings';

type Def = FieldDefinition;
const lower = (s: string) => s.toLowerCase().replace(/ё/g, 'е').trim();

/** A settings override names a field by id or by its exact name; empty means detect. */
export function fieldByOverride(fields: Def[], override: string | undefined): Def | undefined {
  const o = override?.trim();
  if (!o) return undefined;
  if (/^\d+$/.test(o)) return fields.find((f) => f.id === Number(o));
  return fields.find((f) => f.name === o) ?? fields.find((f) => lower(f.name) === lower(o));
}

const byName = (fields: Def[], types: string[], pattern: RegExp) =>
  fields.find((f) => types.includes(f.type) && pattern.test(lower(f.name)));

const TEXT = ['text', 'textarea'];

export function detectFullName(fields: Def[]): Def | undefined {
  return byName(fields, TEXT, /^(фио|ф\.и\.о\.?|полное имя|full ?name)/);
}

export function detectBirthday(fields: Def[]): Def | undefined {
  return (
    fields.find((f) => f.type === 'birthday') ??
    byName(fields, ['date', 'date_time'], /(день рождения|дата рождения|birthday|date of birth|д\.?р\.?$)/)
  );
}

export function detectComment(fields: Def[]): Def | undefined {
  return (
    byName(fields, ['textarea'], /^(комментари|примечани|заметк|comment|note)/) ??
    byName(fields, ['text'], /^(комментари|примечани|заметк|comment|note)/)
  );
}

export function detectRole(fields: Def[]): Def | undefined {
  return byName(fields, ['select', 'radiobutton', 'multiselect'], /^(роль|тип контакта|категория|role|contact type)/);
}

export function detectAddress(fields: Def[]): Def | undefined {
  return byName(fields, ['text', 'textarea', 'streetaddress'], /^(адрес|address|объект)/);
}

export function detectContract(fields: Def[]): Def | undefined {
  return byName(fields, ['text', 'numeric'], /(номер договора|№ договора|^договор|contract)/);
}

const findEmail = (fields: Def[]) => fields.find((f) => f.code === 'EMAIL');

export interface FieldSettingRow {
  setting: `field_${string}`;
  entity: 'contacts' | 'leads';
  /** Field types a setting may point at. */
  types: readonly string[];
  detect: (fields: Def[]) => Def | undefined;
}

/**
 * The fields a manager may point the widget at in its settings, one row each: the setting's key,
 * where the field lives, which field types it may be, and how it is found by type and name when the
 * setting is empty. The settings form, its save check and detection read only this table, so a new
 * field is one row here (and its words in i18n and its manifest entry).
 */
export const FIELD_SETTINGS = {
  fullName: { setting: 'field_full_name', entity: 'contacts', types: ['text', 'textarea'], detect: detectFullName },
  birthday: { setting: 'field_birthday', entity: 'contacts', types: ['birthday', 'date', 'date_time'], detect: detectBirthday },
  email: { setting: 'field_email', entity: 'contacts', types: ['multitext', 'text'], detect: findEmail },
  comment: { setting: 'field_comment', entity: 'contacts', types: ['textarea', 'text'], detect: detectComment },
  address: { setting: 'field_address', entity: 'leads', types: ['text', 'textarea', 'streetaddress'], detect: detectAddress },
  contract: { setting: 'field_contract', entity: 'leads', types: ['text', 'numeric'], detect: detectContract },
} as const satisfies Record<string, FieldSettingRow>;

export type SettableField = keyof typeof FIELD_SETTINGS;
export type FieldSettingKey = (typeof FIELD_SETTINGS)[SettableField]['setting'];
export const SETTABLE_FIELDS = Object.keys(FIELD_SETTINGS) as SettableField[];
export const FIELD_SETTING_KEYS = SETTABLE_FIELDS.map((f) => FIELD_SETTINGS[f].setting);
/** The same rows by the setting's key, for the settings form and its save check. */
export const FIELD_SETTING_ROWS = {} as Record<FieldSettingKey, FieldSettingRow>;
for (const f of SETTABLE_FIELDS) FIELD_SETTING_ROWS[FIELD_SETTINGS[f].setting] = FIELD_SETTINGS[f];

/** Where the widget reads each answer on this account: PHONE and the role are never overridden. */
export type DetectedFields = { phone?: Def; role?: Def } & { [K in SettableField]?: Def };

export function detectFields(contactFields: Def[], leadFields: Def[], settings: WidgetSettings = {}): DetectedFields {
  const found: DetectedFields = { phone: contactFields.find((f) => f.code === 'PHONE'), role: detectRole(contactFields) };
  for (const name of SETTABLE_FIELDS) {
    const row = FIELD_SETTINGS[name];
    const fields = row.entity === 'contacts' ? contactFields : leadFields;
    found[name] = fieldByOverride(fields, settings[row.setting]) ?? row.detect(fields);
  }
  return found;
}
