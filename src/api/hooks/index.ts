// What the UI imports: the client factory and provider for mount.tsx, the hooks for the panel.
export { createAmoClient, sharedScheduler, errorI18nKey, isAmoApiError, AmoApiError } from '../client';
export type { AmoClient, AmoProblem, AmoProblemKind, FieldProblem, ListChange } from '../client';
export { AmoClientProvider, useAmoClient } from './AmoClientProvider';
export { usePartnerCard } from './usePartnerCard';
export { usePartnerEvidence } from './usePartnerEvidence';
export { usePhoneLookup } from './usePhoneLookup';
export { useNumberHolders } from './useNumberHolders';
export {
  accountQuery,
  contactFieldsQuery,
  contactQuery,
  leadFieldsQuery,
  numberHoldersQuery,
  partnerEvidenceQuery,
  phoneLookupQuery,
} from './queries';
export type { PhoneLookupResult } from '../client/phoneLookup';
export type { NumberHolders, NumberToCheck } from '../client/numberHolders';
export { useCatalogs, useContactsNamed, useContactTextNotes, useDeals, useSetPartnerMarker } from './useCardKindData';
