// Reading custom_fields_values: by field id when the definition is known, by code otherwise.
import type { FieldDefinition, FieldItem, FieldValue } from '../records';

interface HasFields {
  custom_fields_values: FieldValue[];
}

export function fieldEntry(entity: HasFields, field: Pick<FieldDefinition, 'id'> | undefined): FieldValue | undefined {
  if (!field) return undefined;
  return entity.custom_fields_values.find((f) => f.field_id === field.id);
}

export function fieldItems(entity: HasFields, field: Pick<FieldDefinition, 'id'> | undefined): FieldItem[] {
  return fieldEntry(entity, field)?.values ?? [];
}

/** First value as trimmed text ('' when empty); numbers are stringified. */
export function textValue(entity: HasFields, field: Pick<FieldDefinition, 'id'> | undefined): string {
  for (const item of fieldItems(entity, field)) {
    const v = item.value;
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number') return String(v);
  }
  return '';
}

/** Values of the predefined PHONE field: by the detected definition, else by `field_code`. */
export function phoneItems(entity: HasFields, phoneField?: Pick<FieldDefinition, 'id'>): FieldItem[] {
  const entry = phoneField ? fieldEntry(entity, phoneField) : entity.custom_fields_values.find((f) => f.field_code === 'PHONE');
  return entry?.values ?? [];
}

/** Text of a field found by its name on the entity itself (catalog rows carry `field_name`). */
export function textByName(entity: HasFields, test: (name: string) => boolean): string {
  for (const f of entity.custom_fields_values) {
    if (f.field_name && test(f.field_name.toLowerCase())) {
      for (const item of f.values) if (typeof item.value === 'string' && item.value.trim()) return item.value.trim();
    }
  }
  return '';
}

/** Select/role values as their option text. */
export function optionTexts(entity: HasFields, field: Pick<FieldDefinition, 'id' | 'enums'> | undefined): string[] {
  return fieldItems(entity, field).flatMap((item) => {
    if (typeof item.value === 'string') return [item.value];
    const option = field && 'enums' in field ? field.enums?.find((e) => e.id === item.enum_id) : undefined;
    return option ? [option.value] : [];
  });
}
