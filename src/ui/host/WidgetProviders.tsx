// Everything the panel, the cleanup queue and the settings form expect around them: the amoCRM
// client, React Query's cache, the kit's theme and the host. Every mount uses this one tree, and so
// do the component tests, so what they exercise is what amoCRM shows.
import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Appearance } from '@kommo-crm/crm-react-ui-kit';
import { ConfigProvider } from '@kommo-crm/crm-react-ui-kit/ConfigProvider';
// The kit's design tokens: without them its components render unstyled wherever amoCRM doesn't define them.
import '@kommo-crm/crm-react-ui-kit/assets/theme.css';
import type { AmoClient } from '../../api/client';
import { AmoClientProvider } from '../../api/hooks/AmoClientProvider';
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
