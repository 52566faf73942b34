// Creates the panel's React root with everything the panel's hooks and kit components expect.
// The adapter (widget/) and the sandbox call this; the returned function is the only way to unmount.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Appearance } from '@kommo-crm/crm-react-ui-kit';
import { ConfigProvider } from '@kommo-crm/crm-react-ui-kit/ConfigProvider';
// The kit's design tokens: without them its components render unstyled wherever amoCRM doesn't define them.
import '@kommo-crm/crm-react-ui-kit/assets/theme.css';
import { createAmoClient, sharedScheduler } from '../api/client';
import { AmoClientProvider } from '../api/hooks/AmoClientProvider';
import type { Host } from '../host';
import { PartnerPanel } from './PartnerPanel';

export function mountPanel(el: HTMLElement, host: Host): () => void {
  const root = createRoot(el);
  // One cache per mounted card: nothing fetched on one card is shown on the next by accident.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
  // Same origin in amoCRM (session cookie); every mount shares the page's one 7 rps budget.
  const client = createAmoClient({
    baseUrl: host.apiBase,
    scheduler: sharedScheduler(),
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  });
  const appearance = host.theme === 'dark' ? Appearance.ALTERNATIVE : Appearance.DEFAULT;
  root.render(
    <StrictMode>
      <AmoClientProvider client={client}>
        <QueryClientProvider client={queryClient}>
          <ConfigProvider appearance={appearance}>
            <PartnerPanel host={host} />
          </ConfigProvider>
        </QueryClientProvider>
      </AmoClientProvider>
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
