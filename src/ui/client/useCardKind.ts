// Reads what the card is before anything else is drawn: the contact and its field definitions
// (shared with the partner panel through the cache), and its deals only when nothing on the card
// itself says whether it is a client's.
import { useMemo } from 'react';
import { useHost } from '../host/HostContext';
import { usePartnerCard } from '../../api/hooks/usePartnerCard';
import { useDeals } from '../../api/hooks/useCardKindData';
import { cardKind, needsDeals, type CardKind } from '../../domain/cardKind/cardKind';

const NO_IDS: number[] = [];

export function useCardKind(contactId: number) {
  const host = useHost();
  const card = usePartnerCard(contactId);
  const { contact, contactFields } = card;
  const marker = host.settings.partner_marker;
  const dealIds = useMemo(
    () =>
      contact && contactFields && needsDeals({ contact, contactFields, partnerMarker: marker })
        ? (contact._embedded.leads ?? []).map((l) => l.id)
        : NO_IDS,
    [contact, contactFields, marker],
  );
  const deals = useDeals(dealIds);
  const kind = useMemo<CardKind | undefined>(() => {
    if (!contact || !contactFields) return undefined;
    // A failed deals read leaves the card «not sure»: the manager is asked, nothing is guessed.
    if (dealIds.length > 0 && deals.isPending && !deals.error) return undefined;
    return cardKind({ contact, contactFields, partnerMarker: marker, deals: deals.data });
  }, [contact, contactFields, marker, dealIds, deals.isPending, deals.error, deals.data]);
  return { card, kind };
}
