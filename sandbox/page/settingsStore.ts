// The widget's saved settings (what amoCRM keeps server-side), persisted in localStorage.

interface Saved {
  fields: Record<string, string>;
  active: string;
  status: string;
}

export interface SettingsStore {
  fields(): Record<string, string>;
  active(): string;
  status(): string;
  setStatus(status: string): void;
  save(fields: Record<string, string>, active: string): void;
}

/** One store per widget code: `sbx:settings:<code>`. */
export function createSettingsStore(storage: Storage, code: string): SettingsStore {
  const KEY = `sbx:settings:${code}`;
  const read = (): Saved => {
    try {
      const parsed = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Saved> | null;
      return { fields: parsed?.fields ?? {}, active: parsed?.active ?? 'Y', status: parsed?.status ?? 'installed' };
    } catch {
      return { fields: {}, active: 'Y', status: 'installed' };
    }
  };
  const write = (saved: Saved) => storage.setItem(KEY, JSON.stringify(saved));
  return {
    fields: () => read().fields,
    active: () => read().active,
    status: () => read().status,
    setStatus: (status) => write({ ...read(), status }),
    save: (fields, active) => write({ ...read(), fields, active, status: 'installed' }),
  };
}
