// Everything the panel, the cleanup queue and the settings form expect around them: the amoCRM
// client, React Query's cache, the kit's theme and the host. Every mount uses this one tree, and so
// do the component tests, so what they exercise is what amoCRM shows.
import { useEffect, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Appearance } from '@kommo-crm/crm-react-ui-kit';
import { ConfigProvider } from '@kommo-crm/crm-react-ui-kit/ConfigProvider';
// The kit's design tokens: without them its components render unstyled wherever amoCRM doesn't define them.
import '@kommo-crm/crm-react-ui-kit/assets/theme.css';
import type { AmoClient } from '../../api/client';
import { AmoClientProvider } from '../../api/hooks/AmoClientProvider';
import { shareChangesAcrossTabs } from '../../api/hooks/crossTabChanges';
import { applyChangeFromAnotherTab } from '../../api/hooks/invalidate';
import type { Host } from '../../host';
import { HostProvider } from './HostContext';

export function WidgetProviders({
  host,
  client,
  queryClient,
  children,
}: {
  host: Host;
  client: AmoClient;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  // What the user's other tabs write shows here without a reload (and is never moved twice).
  useEffect(() => shareChangesAcrossTabs(queryClient, (change) => void applyChangeFromAnotherTab(queryClient, change)), [queryClient]);
  return (
    <AmoClientProvider client={client}>
      <QueryClientProvider client={queryClient}>
        <ConfigProvider appearance={host.theme === 'dark' ? Appearance.ALTERNATIVE : Appearance.DEFAULT}>
          <HostProvider host={host}>{children}</HostProvider>
        </ConfigProvider>
      </QueryClientProvider>
    </AmoClientProvider>
  );
}
