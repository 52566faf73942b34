// The page the widget runs in (amoCRM, the sandbox, a test) is given once, where the widget is
// mounted, and every component reads it here instead of receiving it through its parents' props.
import { createContext, useContext, type ReactNode } from 'react';
import type { Host } from '../../host';

export const HostContext = createContext<Host | null>(null);

export function HostProvider({ host, children }: { host: Host; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost: render the widget inside <WidgetProviders host={…}>');
  return host;
}
