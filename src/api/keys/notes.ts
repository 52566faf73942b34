import { sortedIds } from './contacts';

export const noteKeys = {
  all: ['notes'] as const,
  calls: () => [...noteKeys.all, 'calls'] as const,
  callsForLeads: (ids: readonly number[]) => [...noteKeys.calls(), 'leads', sortedIds(ids)] as const,
  callsForContacts: (ids: readonly number[]) => [...noteKeys.calls(), 'contacts', sortedIds(ids)] as const,
  /** Managers' and the widget's text notes on one contact (the audit trail of moves). */
  textForContact: (id: number) => [...noteKeys.all, 'text', 'contacts', id] as const,
};
