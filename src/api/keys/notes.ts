import { sortedIds } from './contacts';

export const noteKeys = {
  all: ['notes'] as const,
  calls: () => [...noteKeys.all, 'calls'] as const,
  callsForLeads: (ids: readonly number[]) => [...noteKeys.calls(), 'leads', sortedIds(ids)] as const,
  callsForContacts: (ids: readonly number[]) => [...noteKeys.calls(), 'contacts', sortedIds(ids)] as const,
};
