// Query keys for contacts, TkDodo style: every key starts with `all`, so one prefix invalidates a family.
export const contactKeys = {
  all: ['contacts'] as const,
  details: () => [...contactKeys.all, 'detail'] as const,
  detail: (id: number) => [...contactKeys.details(), id] as const,
  searches: () => [...contactKeys.all, 'search'] as const,
  /** Contacts named exactly so (where a moved number came from). */
  named: (name: string) => [...contactKeys.searches(), 'name', name] as const,
  /** Reverse lookup by phone digits (contacts whose PHONE holds them, and their deals). */
  phoneLookup: (digits: string) => [...contactKeys.searches(), 'phone', digits] as const,
  /** Who else holds a partner's movable numbers; under `searches` so any phone edit refreshes it. */
  numberHolders: (partnerId: number, phoneKeys: readonly string[], foremanRule: { roleField: unknown; partnerMarker: string }) =>
    [...contactKeys.searches(), 'holders', partnerId, [...phoneKeys].sort(), foremanRule] as const,
};

/** Ids sorted and deduplicated so the same set always makes the same key. */
export function sortedIds(ids: readonly number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}
