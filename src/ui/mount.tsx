// Creates the panel's React root with everything the panel's hooks and kit components expect.
// The adapter (widget/) calls this; the returned function is the only way to unmount, and its
// `update(host)` re-renders the same root (theme switch) without dropping what was already loaded.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { Appearance } from '@kommo-crm/crm-react-ui-kit';
import { ConfigProvider } from '@kommo-crm/crm-react-ui-kit/ConfigProvider';
// The kit's design tokens: without them its components render unstyled wherever amoCRM doesn't define them.
import '@kommo-crm/crm-react-ui-kit/assets/theme.css';
import { createAmoClient, sharedScheduler } from '../api/client';
import { AmoClientProvider } from '../api/hooks/AmoClientProvider';
import { createQueryClient } from '../api/hooks/queryClient';
import type { Host } from '../host';
import { PartnerPanel } from './PartnerPanel';

export type UnmountPanel = (() => void) & { update(host: Host): void };

export function mountPanel(el: HTMLElement, host: Host): UnmountPanel {
  const root = createRoot(el);
  // One cache per mounted card: nothing fetched on one card is shown on the next by accident.
  const queryClient = createQueryClient();
  // Same origin in amoCRM (session cookie); every mount shares the page's one 7 rps budget.
  const client = createAmoClient({
    baseUrl: host.apiBase,
    scheduler: sharedScheduler(),
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  });
  let mounted = true;
  const render = (current: Host) => {
    const appearance = current.theme === 'dark' ? Appearance.ALTERNATIVE : Appearance.DEFAULT;
    root.render(
      <StrictMode>
        <AmoClientProvider client={client}>
          <QueryClientProvider client={queryClient}>
            <ConfigProvider appearance={appearance}>
              <PartnerPanel host={current} />
            </ConfigProvider>
          </QueryClientProvider>
        </AmoClientProvider>
      </StrictMode>,
    );
  };
  render(host);
  const unmount = () => {
    if (!mounted) return;
    mounted = false;
    root.unmount();
    queryClient.clear();
  };
  return Object.assign(unmount, {
    update(next: Host) {
      if (mounted) render(next);
    },
  });
}
