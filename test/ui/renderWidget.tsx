// Renders a component inside the product's own provider tree (WidgetProviders: the amoCRM client,
// React Query, the kit's theme, the host), so a test exercises what every mount in amoCRM draws.
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createAmoClient, sharedScheduler, type AmoClient } from '../../src/api/client';
import { createQueryClient } from '../../src/api/hooks/queryClient';
import type { Host } from '../../src/host';
import { WidgetProviders } from '../../src/ui/host/WidgetProviders';

export interface WidgetWorld {
  host: Host;
  /** The product's default when left out: the host's API base on the page's shared 7 rps budget. */
  client?: AmoClient;
  queryClient?: QueryClient;
}

/** The product's tree as a `wrapper` (for renderHook), with the client and cache it holds. */
export function widgetWrapper(world: WidgetWorld) {
  const client = world.client ?? createAmoClient({ baseUrl: world.host.apiBase, scheduler: sharedScheduler() });
  const queryClient = world.queryClient ?? createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <WidgetProviders host={world.host} client={client} queryClient={queryClient}>
      {children}
    </WidgetProviders>
  );
  return { wrapper, client, queryClient };
}

export function renderWidget(ui: ReactElement, world: WidgetWorld) {
  const { wrapper: Tree, client, queryClient } = widgetWrapper(world);
  const wrap = (el: ReactElement) => <Tree>{el}</Tree>;
  const view = render(wrap(ui));
  // A re-render keeps the same tree around the new element, as the mount's update() does.
  return { ...view, rerender: (next: ReactElement) => view.rerender(wrap(next)), client, queryClient };
}
