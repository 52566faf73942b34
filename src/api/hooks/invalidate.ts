// What each write changes in the cache, and nothing more: the exact contact and deal queries,
// and only those partners' evidence that holds the changed contact or deal.
import type { Query, QueryClient } from '@tanstack/react-query';
import type { LoadedPartnerEvidence } from '../client/evidence';
import { contactKeys, leadKeys, partnerKeys } from '../keys';
import { announceChange, type Change } from './crossTabChanges';

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

/** After this tab wrote a contact: its queries here, and the same in the user's other tabs. */
export async function afterContactChanged(qc: QueryClient, contactId: number): Promise<void> {
  announceChange(qc, { kind: 'contact', contactId });
  await contactChanged(qc, contactId);
}

/** After this tab linked or unlinked deals: here and in the other tabs. */
export async function afterLinksChanged(qc: QueryClient, contactId: number, leadIds: readonly number[]): Promise<void> {
  announceChange(qc, { kind: 'links', contactId, leadIds: [...leadIds] });
  await linksChanged(qc, contactId, leadIds);
}

/** What another tab's write changed, dropped from this cache (not announced again). */
export function applyChangeFromAnotherTab(qc: QueryClient, change: Change): Promise<unknown> {
  return change.kind === 'contact' ? contactChanged(qc, change.contactId) : linksChanged(qc, change.contactId, change.leadIds);
}

function contactChanged(qc: QueryClient, contactId: number): Promise<unknown> {
  return Promise.all([
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

function linksChanged(qc: QueryClient, contactId: number, leadIds: readonly number[]): Promise<unknown> {
  return Promise.all([
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
