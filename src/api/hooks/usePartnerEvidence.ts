// PartnerEvidence for the ownership engine: deals, their calls, their other contacts, client-base rows.
import { useQuery } from '@tanstack/react-query';
import type { EvidenceKeySettings } from '../keys';
import { useAmoClient } from './AmoClientProvider';
import { partnerEvidenceQuery } from './queries';

export function usePartnerEvidence(contactId: number, settings: EvidenceKeySettings = {}) {
  const client = useAmoClient();
  return useQuery(partnerEvidenceQuery(client, contactId, settings));
}
