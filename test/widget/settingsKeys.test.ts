// A setting the widget reads must be one amoCRM stores: manifest.json declares every key of the
// domain's settings table, and nothing else, so a new field's row cannot be forgotten there.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SETTINGS_KEYS } from '../../src/domain/settings';
import { detectFields, FIELD_SETTINGS, SETTABLE_FIELDS } from '../../src/domain/fields/detectFields';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { settings: Record<string, unknown> };

test('manifest.json declares exactly the settings the widget reads', () => {
  expect(Object.keys(manifest.settings).sort()).toEqual([...SETTINGS_KEYS].sort());
});

// (The last type a row allows is one detection never takes by type alone.)
test('every field setting overrides detection, by id or by name, on the side of the account it names', () => {
  for (const name of SETTABLE_FIELDS) {
    const row = FIELD_SETTINGS[name];
    const mine = { id: 9000, name: 'Поле менеджера', type: row.types[row.types.length - 1]!, code: null, enums: [] };
    const [contacts, leads] = row.entity === 'contacts' ? [[mine], []] : [[], [mine]];
    expect(detectFields(contacts, leads, { [row.setting]: '9000' })[name]?.name).toBe('Поле менеджера');
    expect(detectFields(contacts, leads, { [row.setting]: 'поле менеджера' })[name]?.id).toBe(9000);
    expect(detectFields(contacts, leads, {})[name]).toBeUndefined();
  }
});
