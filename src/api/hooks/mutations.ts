// Mutation hooks for the writes the panel makes; each invalidates exactly what it changes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContactWrite, NoteCreateItem } from '../schemas';
import type { ListChange } from '../client';
import { useAmoClient } from './AmoClientProvider';
import { afterContactChanged, afterContactsCreated, afterLinksChanged, afterNotesAdded } from './invalidate';

export function useCreateContact() {
  const client = useAmoClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: ContactWrite[]) => client.createContacts(items),
    onSuccess: () => afterContactsCreated(qc),
  });
}

export function usePatchContact() {
  const client = useAmoClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: Omit<ContactWrite, 'request_id'> }) => client.patchContact(id, patch),
    onSuccess: (_saved, { id }) => afterContactChanged(qc, id),
  });
}

/** Removes/adds numbers on a contact after re-reading it (the full list is always sent). */
export function useReplacePhones() {
  const client = useAmoClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, change }: { contactId: number; change: ListChange }) => client.replacePhones(contactId, change),
    onSettled: (_r, _e, { contactId }) => afterContactChanged(qc, contactId),
  });
}

export interface LinkDealsInput {
  contactId: number;
  leadIds: number[];
  isMain?: boolean;
  /** true to unlink instead. */
  unlink?: boolean;
}

export function useLinkDeals() {
  const client = useAmoClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ contactId, leadIds, isMain, unlink }: LinkDealsInput) => {
      if (unlink) {
        await client.unlinkContactFromLeads(contactId, leadIds);
        return [];
      }
      return client.linkContactToLeads(contactId, leadIds, isMain === undefined ? {} : { isMain });
    },
    onSuccess: (_links, { contactId, leadIds }) => afterLinksChanged(qc, contactId, leadIds),
  });
}

export function useAddNote() {
  const client = useAmoClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entity, items }: { entity: 'leads' | 'contacts'; items: NoteCreateItem[] }) => client.addNotes(entity, items),
    onSuccess: (_notes, { entity, items }) =>
      afterNotesAdded(
        qc,
        entity,
        items.map((i) => i.entity_id).filter((id): id is number => id !== undefined),
        items.some((i) => i.note_type === 'call_in' || i.note_type === 'call_out'),
      ),
  });
}
