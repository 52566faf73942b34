// What marks a contact as a partner (foreman): a tag, or a value of a select field such as «Роль».
// The account's words are detected by name unless `settings.partner_marker` says otherwise.
// The one foreman rule: the panel (card kind), the cleanup queue (which cards to scan) and the
// ownership engine (naming/contactRole: who on a deal or holding a number is another foreman) all ask it.
import type { ContactRecord as Contact, FieldDefinition as CustomFieldDefinition } from '../records';
import { detectRole } from '../fields/detectFields';

export type PartnerMarker =
  { kind: 'auto'; roleFieldIds: number[] } | { kind: 'tag'; name: string } | { kind: 'field'; field: string; value: string };

// «мастер» is no marker: «Мастерова Анна», «мастер по окнам» (a supplier).
export const PARTNER_WORDS = /прораб|партн[её]р|бригадир|foreman|partner/i;
export const CLIENT_WORDS = /клиент|заказчик|client|customer/i;
export const ENUM_FIELD_TYPES = new Set(['select', 'multiselect', 'radiobutton']);

/** Lower-case, `ё` read as `е`, spaces collapsed: how managers compare words. */
export function fold(text: string): string {
  return text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/**
 * Reads `settings.partner_marker`: empty → detect; `field:<id or name>=<value>` → a field value;
 * anything else → a tag name.
 */
export function resolvePartnerMarker(setting: string | undefined, contactFields: CustomFieldDefinition[]): PartnerMarker {
  const text = (setting ?? '').trim();
  if (text.startsWith('field:')) {
    const body = text.slice('field:'.length);
    const eq = body.indexOf('=');
    if (eq > 0) return { kind: 'field', field: body.slice(0, eq).trim(), value: body.slice(eq + 1).trim() };
  }
  if (text !== '') return { kind: 'tag', name: text };
  // The role field is the one detectFields finds, so the engine (which knows only that field) agrees.
  const role = detectRole(contactFields);
  return { kind: 'auto', roleFieldIds: role && role.enums.some((e) => PARTNER_WORDS.test(e.value)) ? [role.id] : [] };
}

function fieldText(contact: Contact, match: (fieldId: number, fieldName: string) => boolean): string[] {
  return contact.custom_fields_values
    .filter((f) => match(f.field_id, f.field_name ?? ''))
    .flatMap((f) => f.values.map((v) => (typeof v.value === 'string' || typeof v.value === 'number' ? String(v.value) : '')));
}

export function isPartner(contact: Contact, marker: PartnerMarker): boolean {
  const tags = contact._embedded.tags.map((t) => t.name);
  switch (marker.kind) {
    case 'tag':
      return tags.some((t) => fold(t) === fold(marker.name));
    case 'field': {
      const wanted = fold(marker.field);
      const values = fieldText(contact, (id, name) => String(id) === marker.field || fold(name) === wanted);
      return values.some((v) => fold(v) === fold(marker.value));
    }
    case 'auto': {
      if (tags.some((t) => PARTNER_WORDS.test(t))) return true;
      const roleIds = new Set(marker.roleFieldIds);
      return fieldText(contact, (id) => roleIds.has(id)).some((v) => PARTNER_WORDS.test(v));
    }
  }
}
