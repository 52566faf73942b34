export const customFieldKeys = {
  all: ['customFields'] as const,
  contacts: ['customFields', 'contacts'] as const,
  leads: ['customFields', 'leads'] as const,
};
