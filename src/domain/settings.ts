// The widget's saved settings: the domain reads them (field overrides, partner marker), so the
// domain owns their shape; src/host.ts re-exports it for the page seam.

/**
 * Saved widget settings (manifest `settings` keys). Each field override holds a custom field id
 * or a field name; empty means "detect by type and name".
 */
export interface WidgetSettings {
  field_full_name?: string;
  field_birthday?: string;
  field_email?: string;
  field_comment?: string;
  field_address?: string;
  field_contract?: string;
  client_catalog?: string;
  partner_marker?: string;
}

export const SETTINGS_KEYS = [
  'field_full_name',
  'field_birthday',
  'field_email',
  'field_comment',
  'field_address',
  'field_contract',
  'client_catalog',
  'partner_marker',
] as const satisfies ReadonlyArray<keyof WidgetSettings>;
