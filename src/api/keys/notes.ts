export const noteKeys = {
  all: ['notes'] as const,
  /** Managers' and the widget's text notes on one contact (the audit trail of moves). */
  textForContact: (id: number) => [...noteKeys.all, 'text', 'contacts', id] as const,
};
