// Reads the client and other-contact views need beyond the card: its deals, its text notes
// (the widget's audit trail) and the account's catalogs (settings form).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactWrite } from '../schemas';
import { afterContactChanged } from './invalidate';
import type { AmoClient } from '../client';
import { catalogKeys, contactKeys, leadKeys, noteKeys } from '../keys';
import { useAmoClient } from './AmoClientProvider';

const CARD_STALE = 60_000;

export function dealsQuery(client: AmoClient, ids: readonly number[]) {
  return queryOptions({
    queryKey: leadKeys.byIds(ids),
    queryFn: ({ signal }) => client.getLeadsByIds(ids, { signal }),
    enabled: ids.length > 0,
    staleTime: CARD_STALE,
  });
}

/** Deals by id with their contacts (`is_main`); no request for an empty list. */
export function useDeals(ids: readonly number[]) {
  return useQuery(dealsQuery(useAmoClient(), ids));
}

export function contactTextNotesQuery(client: AmoClient, contactId: number) {
  return queryOptions({
    queryKey: noteKeys.textForContact(contactId),
    queryFn: ({ signal }) => client.getNotes('contacts', [contactId], { signal, types: ['common'], priority: 'interactive' }),
    staleTime: CARD_STALE,
  });
}

export function useContactTextNotes(contactId: number) {
  return useQuery(contactTextNotesQuery(useAmoClient(), contactId));
}

export function catalogsQuery(client: AmoClient) {
  return queryOptions({
    queryKey: catalogKeys.list(),
    queryFn: ({ signal }) => client.getCatalogs({ signal }),
    staleTime: 10 * 60_000,
  });
}

export function useCatalogs() {
  return useQuery(catalogsQuery(useAmoClient()));
}

/** Contacts whose name is exactly `name` (amoCRM's search is full-text: hits are re-checked). */
export function contactsNamedQuery(client: AmoClient, name: string) {
  return queryOptions({
    queryKey: contactKeys.named(name),
    queryFn: async ({ signal }) => (await client.searchContacts(name, { signal })).filter((c) => c.name.trim() === name.trim()),
    enabled: name.trim() !== '',
    staleTime: CARD_STALE,
  });
}

export function useContactsNamed(name: string) {
  return useQuery(contactsNamedQuery(useAmoClient(), name));
}

/** Puts the partner marker (a tag or the role field's value) on a contact; its card is read again. */
export function useSetPartnerMarker() {
  const client = useAmoClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: Pick<ContactWrite, 'tags_to_add' | 'custom_fields_values'> }) =>
      client.patchContact(id, patch),
    onSuccess: (_saved, { id }) => afterContactChanged(qc, id),
  });
}
