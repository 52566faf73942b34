// Creates the cleanup queue's React root on the advanced settings page, with the same providers as
// the panel (React Query, the kit's ConfigProvider and design tokens). The returned function unmounts.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { Appearance } from '@kommo-crm/crm-react-ui-kit';
import { ConfigProvider } from '@kommo-crm/crm-react-ui-kit/ConfigProvider';
import '@kommo-crm/crm-react-ui-kit/assets/theme.css';
import { createQueryClient } from '../../api/hooks/queryClient';
import type { Host } from '../../host';
import { CleanupQueuePage } from './CleanupQueuePage';

export function mountCleanupQueue(el: HTMLElement, host: Host): () => void {
  const root = createRoot(el);
  const queryClient = createQueryClient();
  const appearance = host.theme === 'dark' ? Appearance.ALTERNATIVE : Appearance.DEFAULT;
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ConfigProvider appearance={appearance}>
          <CleanupQueuePage host={host} />
        </ConfigProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
  let mounted = true;
  return () => {
    if (!mounted) return;
    mounted = false;
    root.unmount();
    queryClient.clear();
  };
}
