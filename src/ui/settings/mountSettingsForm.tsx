// Mounts the settings form into amoCRM's widget modal and answers the adapter's Save check:
// fresh field definitions and lists are read, every value is checked, and a problem refuses the save.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { createAmoClient, sharedScheduler, type AmoClient } from '../../api/client';
import { contactFieldsQuery, leadFieldsQuery } from '../../api/hooks/queries';
import { catalogsQuery } from '../../api/hooks/useCardKindData';
import type { Host, WidgetSettings } from '../../host';
import { WidgetProviders } from '../host/WidgetProviders';
import { SettingsForm } from './SettingsForm';
import { createSettingsFormState } from './settingsFormState';
import { checkSettings, type SettingKey } from './settingsModel';

export interface MountedSettingsForm {
  unmount(): void;
  /** true when every value points at something in the account; else the problems show and nothing may be saved. */
  check(values: WidgetSettings): Promise<boolean>;
}

export function mountSettingsForm(
  el: HTMLElement,
  host: Host,
  opts: { values: WidgetSettings; write: (key: SettingKey, value: string) => void; client?: AmoClient },
): MountedSettingsForm {
  const root = createRoot(el);
  const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
  const client = opts.client ?? createAmoClient({ baseUrl: host.apiBase, scheduler: sharedScheduler() });
  const state = createSettingsFormState(opts.values, opts.write);
  root.render(
    <StrictMode>
      <WidgetProviders host={host} client={client} queryClient={queryClient}>
        <SettingsForm state={state} />
      </WidgetProviders>
    </StrictMode>,
  );
  return {
    unmount() {
      root.unmount();
      queryClient.clear();
    },
    async check(values) {
      // A field deleted a minute ago must not pass: read the definitions again, not from the cache.
      const [contactFields, leadFields, catalogs] = await Promise.all([
        queryClient.fetchQuery({ ...contactFieldsQuery(client), staleTime: 0 }),
        queryClient.fetchQuery({ ...leadFieldsQuery(client), staleTime: 0 }),
        queryClient.fetchQuery({ ...catalogsQuery(client), staleTime: 0 }),
      ]);
      const problems = checkSettings({ contactFields, leadFields, catalogs }, values);
      state.setChecked(problems);
      return Object.keys(problems).length === 0;
    },
  };
}
