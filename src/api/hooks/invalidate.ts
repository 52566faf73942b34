// What each write changes in the cache, and nothing more: the exact contact and deal queries,
// and only those partners' evidence that holds the changed contact or deal.
import type { Query, QueryClient } from '@tanstack/react-query';
import type { PartnerEvidence } from '../../domain/types';
import { contactKeys, leadKeys, noteKeys, partnerKeys } from '../keys';

function evidenceOf(query: Query): PartnerEvidence | undefined {
  const data = query.state.data as PartnerEvidence | null | undefined;
  return data ?? undefined;
}

function evidenceHoldsContact(e: PartnerEvidence, contactId: number): boolean {
  return e.partner.id === contactId || e.dealContacts.some((c) => c.id === contactId);
}

function evidenceHoldsDeal(e: PartnerEvidence, leadIds: readonly number[]): boolean {
  return e.deals.some((d) => leadIds.includes(d.id));
}

/** Keys ending in an id list (`byIds`, `callsForLeads`) that share an id with `ids`. */
function keyHasAnyId(query: Query, ids: readonly number[]): boolean {
  const last = query.queryKey[query.queryKey.length - 1];
  return Array.isArray(last) && last.some((id) => ids.includes(id as number));
}

export async function afterContactChanged(qc: QueryClient, contactId: number): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: contactKeys.detail(contactId) }),
    qc.invalidateQueries({ queryKey: [...contactKeys.all, 'byIds'], predicate: (q) => keyHasAnyId(q, [contactId]) }),
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

export async function afterContactsCreated(qc: QueryClient): Promise<void> {
  // A new contact is linked to nothing yet: only searches can find it.
  await qc.invalidateQueries({ queryKey: contactKeys.searches() });
}

export async function afterLinksChanged(qc: QueryClient, contactId: number, leadIds: readonly number[]): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: contactKeys.detail(contactId) }),
    qc.invalidateQueries({ queryKey: leadKeys.all, predicate: (q) => keyHasAnyId(q, leadIds) || leadIds.includes(q.queryKey[2] as number) }),
    qc.invalidateQueries({ queryKey: contactKeys.searches() }),
    qc.invalidateQueries({
      queryKey: partnerKeys.evidences(),
      predicate: (q) => {
        const e = evidenceOf(q);
        return e !== undefined && (evidenceHoldsDeal(e, leadIds) || evidenceHoldsContact(e, contactId));
      },
    }),
  ]);
}

export async function afterNotesAdded(qc: QueryClient, entity: 'leads' | 'contacts', entityIds: readonly number[], callNotes: boolean): Promise<void> {
  // Only call notes are read back (as evidence); an audit note changes nothing the panel shows.
  if (!callNotes) return;
  await Promise.all([
    qc.invalidateQueries({ queryKey: [...noteKeys.calls(), entity], predicate: (q) => keyHasAnyId(q, entityIds) }),
    qc.invalidateQueries({
      queryKey: partnerKeys.evidences(),
      predicate: (q) => {
        const e = evidenceOf(q);
        if (!e) return false;
        return entity === 'leads' ? evidenceHoldsDeal(e, entityIds) : entityIds.includes(e.partner.id);
      },
    }),
  ]);
}
