// The widget's saved settings: the domain reads them (field overrides, partner marker), so the
// domain owns their shape; src/host.ts re-exports it for the page seam.

import { FIELD_SETTING_KEYS, type FieldSettingKey } from './fields/detectFields';

export type SettingKey = FieldSettingKey | 'client_catalog' | 'partner_marker';

/**
 * Saved widget settings (manifest `settings` keys). Each field override holds a custom field id
 * or a field name; empty means "detect by type and name".
 */
export type WidgetSettings = Partial<Record<SettingKey, string>>;

/** Every setting, in the order the settings form shows them. */
export const SETTINGS_KEYS: readonly SettingKey[] = [...FIELD_SETTING_KEYS, 'client_catalog', 'partner_marker'];
