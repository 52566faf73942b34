// Creates the cleanup queue's React root on the advanced settings page, with the panel's providers
// (WidgetProviders: the client, React Query, the kit's theme, the host). The returned function unmounts.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAmoClient, sharedScheduler } from '../../api/client';
import { createQueryClient } from '../../api/hooks/queryClient';
import type { Host } from '../../host';
import { WidgetProviders } from '../../ui/host/WidgetProviders';
import { CleanupQueuePage } from './CleanupQueuePage';

export function mountCleanupQueue(el: HTMLElement, host: Host): () => void {
  const root = createRoot(el);
  const queryClient = createQueryClient();
  // The scan and the bulk moves share the page's one 7 rps budget with any panel open beside it.
  const client = createAmoClient({ baseUrl: host.apiBase, scheduler: sharedScheduler() });
  root.render(
    <StrictMode>
      <WidgetProviders host={host} client={client} queryClient={queryClient}>
        <CleanupQueuePage />
      </WidgetProviders>
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
