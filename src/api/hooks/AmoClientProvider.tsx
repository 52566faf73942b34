// Supplies the one amoCRM client to every hook; src/ui/mount.tsx wraps the panel in it.
import { createContext, useContext, type ReactNode } from 'react';
import type { AmoClient } from '../client';

const AmoClientContext = createContext<AmoClient | null>(null);

export function AmoClientProvider({ client, children }: { client: AmoClient; children: ReactNode }) {
  return <AmoClientContext.Provider value={client}>{children}</AmoClientContext.Provider>;
}

export function useAmoClient(): AmoClient {
  const client = useContext(AmoClientContext);
  if (!client) throw new Error('useAmoClient: wrap the panel in <AmoClientProvider client={createAmoClient(…)}>');
  return client;
}
