// The form's values and the last save check, outside React: the adapter writes amoCRM's inputs
// and runs the check on Save; the form renders from here.
import { SETTINGS_KEYS, type WidgetSettings } from '../../host';
import type { Problem, SettingKey } from './settingsModel';

export interface FormSnapshot {
  values: WidgetSettings;
  /** Problems found by the last save check, by setting; empty when none or not checked yet. */
  checked: Partial<Record<SettingKey, Problem>>;
  /** The last Save was refused. */
  refused: boolean;
}

export interface SettingsFormState {
  get(): FormSnapshot;
  subscribe(listener: () => void): () => void;
  set(key: SettingKey, value: string): void;
  setChecked(checked: Partial<Record<SettingKey, Problem>>): void;
}

export function createSettingsFormState(initial: WidgetSettings, write: (key: SettingKey, value: string) => void): SettingsFormState {
  let snapshot: FormSnapshot = { values: pick(initial), checked: {}, refused: false };
  const listeners = new Set<() => void>();
  const publish = (next: FormSnapshot) => {
    snapshot = next;
    listeners.forEach((l) => l());
  };
  return {
    get: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(key, value) {
      write(key, value);
      const checked = { ...snapshot.checked };
      delete checked[key]; // the new choice is checked live by the form; the save check runs again on Save
      publish({ ...snapshot, values: { ...snapshot.values, [key]: value }, checked });
    },
    setChecked(checked) {
      publish({ ...snapshot, checked, refused: Object.keys(checked).length > 0 });
    },
  };
}

function pick(values: WidgetSettings): WidgetSettings {
  const out: WidgetSettings = {};
  for (const key of SETTINGS_KEYS) if (values[key] !== undefined) out[key] = values[key];
  return out;
}
