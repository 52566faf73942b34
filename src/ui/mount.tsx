// Creates the panel's React root with everything the panel's hooks and kit components expect.
// The adapter (widget/) calls this; the returned function is the only way to unmount, and its
// `update(host)` re-renders the same root (theme switch) without dropping what was already loaded.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAmoClient, sharedScheduler } from '../api/client';
import { createQueryClient } from '../api/hooks/queryClient';
import type { Host } from '../host';
import { PartnerPanel } from './PartnerPanel';
import { WidgetProviders } from './host/WidgetProviders';

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
    root.render(
      <StrictMode>
        <WidgetProviders host={current} client={client} queryClient={queryClient}>
          <PartnerPanel />
        </WidgetProviders>
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
