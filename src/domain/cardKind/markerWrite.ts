// What to write on a contact so it carries the partner marker the settings define: the tag, the
// role field's partner value, or (nothing configured, no role field) the tag «прораб».
import type { ContactWrite, FieldDefinition as CustomFieldDefinition } from '../records';
import { ENUM_FIELD_TYPES, fold, PARTNER_WORDS, type PartnerMarker } from './partnerMarker';

export const DEFAULT_PARTNER_TAG = 'прораб';

export type MarkerWrite =
  | { ok: true; patch: Pick<ContactWrite, 'tags_to_add' | 'custom_fields_values'>; /** What the manager is told was set. */ said: string }
  /** The settings name a field (or value) this account does not have. */
  | { ok: false; field: string };

function fieldNamed(fields: CustomFieldDefinition[], name: string): CustomFieldDefinition | undefined {
  return fields.find((f) => String(f.id) === name.trim()) ?? fields.find((f) => fold(f.name) === fold(name));
}

export function markerWrite(marker: PartnerMarker, contactFields: CustomFieldDefinition[]): MarkerWrite {
  const tag = (name: string): MarkerWrite => ({ ok: true, patch: { tags_to_add: [{ name }] }, said: name });
  switch (marker.kind) {
    case 'tag':
      return tag(marker.name);
    case 'field': {
      const field = fieldNamed(contactFields, marker.field);
      if (!field) return { ok: false, field: marker.field };
      if (!ENUM_FIELD_TYPES.has(field.type))
        return {
          ok: true,
          patch: { custom_fields_values: [{ field_id: field.id, values: [{ value: marker.value }] }] },
          said: marker.value,
        };
      const option = field.enums.find((e) => fold(e.value) === fold(marker.value));
      if (!option) return { ok: false, field: `${field.name}=${marker.value}` };
      return { ok: true, patch: { custom_fields_values: [{ field_id: field.id, values: [{ enum_id: option.id }] }] }, said: option.value };
    }
    case 'auto': {
      for (const id of marker.roleFieldIds) {
        const field = contactFields.find((f) => f.id === id);
        const option = field?.enums.find((e) => PARTNER_WORDS.test(e.value));
        if (field && option)
          return {
            ok: true,
            patch: { custom_fields_values: [{ field_id: field.id, values: [{ enum_id: option.id }] }] },
            said: option.value,
          };
      }
      return tag(DEFAULT_PARTNER_TAG);
    }
  }
}
