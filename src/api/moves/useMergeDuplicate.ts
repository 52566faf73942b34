// Merging duplicate values of a number on the partner card, then re-reading the card.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAmoClient } from '../hooks/AmoClientProvider';
import { contactKeys } from '../keys';
import { mergeDuplicate } from './mergeDuplicate';
import { runForPartner } from './moveQueue';

export function useMergeDuplicate(partnerId: number) {
  const client = useAmoClient();
  const queryClient = useQueryClient();
  return useMutation({
    // In the partner's queue: a merge rewrites the PHONE list just as a move does.
    mutationFn: (e164: string) => runForPartner(partnerId, `merge:${e164}`, () => mergeDuplicate(client, partnerId, e164)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: contactKeys.detail(partnerId) }),
  });
}
