// What each write changes in the cache, and nothing more: the exact contact and deal queries,
// and only those partners' evidence that holds the changed contact or deal.
import type { Query, QueryClient } from '@tanstack/react-query';
import type { LoadedPartnerEvidence } from '../client/evidence';
import { contactKeys, leadKeys, partnerKeys } from '../keys';

function evidenceOf(query: Query): LoadedPartnerEvidence | undefined {
  const data = query.state.data as LoadedPartnerEvidence | null | undefined;
  return data ?? undefined;
}

function evidenceHoldsContact(e: LoadedPartnerEvidence, contactId: number): boolean {
  return e.partner.id === contactId || e.dealContacts.some((c) => c.id === contactId);
}

function evidenceHoldsDeal(e: LoadedPartnerEvidence, leadIds: readonly number[]): boolean {
  return e.deals.some((d) => leadIds.includes(d.id));
}

export async function afterContactChanged(qc: QueryClient, contactId: number): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: contactKeys.detail(contactId) }),
    // A phone edit can add or remove hits of any reverse lookup.
    qc.invalidateQueries({ queryKey: contactKeys.searches() }),
    qc.invalidateQueries({
      queryKey: partnerKeys.evidences(),
      predicate: (q) => {
        const e = evidenceOf(q);
        return e !== undefined && evidenceHoldsContact(e, contactId);
      },
    }),
  ]);
}

export async function afterLinksChanged(qc: QueryClient, contactId: number, leadIds: readonly number[]): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: contactKeys.detail(contactId) }),
    qc.invalidateQueries({ queryKey: contactKeys.searches() }),
    // Deals read with their contacts (a client's deals) list who is linked to them.
    qc.invalidateQueries({
      queryKey: leadKeys.all,
      predicate: (q) => (q.queryKey[2] as number[] | undefined)?.some?.((id) => leadIds.includes(id)) === true,
    }),
    qc.invalidateQueries({
      queryKey: partnerKeys.evidences(),
      predicate: (q) => {
        const e = evidenceOf(q);
        return e !== undefined && (evidenceHoldsDeal(e, leadIds) || evidenceHoldsContact(e, contactId));
      },
    }),
  ]);
}
