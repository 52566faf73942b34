// Where the questionnaire's fields live on this account: by type and name, or as set in settings.
import type { FieldDefinition } from '../records';
import type { WidgetSettings } from '../settings';
import type { DetectedFields } from '../types';

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

export function detectFields(contactFields: Def[], leadFields: Def[], settings: WidgetSettings = {}): DetectedFields {
  return {
    phone: contactFields.find((f) => f.code === 'PHONE'),
    email: fieldByOverride(contactFields, settings.field_email) ?? contactFields.find((f) => f.code === 'EMAIL'),
    fullName: fieldByOverride(contactFields, settings.field_full_name) ?? detectFullName(contactFields),
    birthday: fieldByOverride(contactFields, settings.field_birthday) ?? detectBirthday(contactFields),
    comment: fieldByOverride(contactFields, settings.field_comment) ?? detectComment(contactFields),
    role: detectRole(contactFields),
    address: fieldByOverride(leadFields, settings.field_address) ?? detectAddress(leadFields),
    contract: fieldByOverride(leadFields, settings.field_contract) ?? detectContract(leadFields),
  };
}
