// queryOptions shared by the hooks, prefetches and the bench: one definition of key + loader each.
import { queryOptions } from '@tanstack/react-query';
import type { AmoClient } from '../client';
import { loadPartnerEvidence } from '../client/evidence';
import { lookupPhone, searchDigits } from '../client/phoneLookup';
import { loadNumberHolders, type NumberToCheck } from '../client/numberHolders';
import type { Contact, CustomFieldDefinition } from '../schemas';
import { contactRole } from '../../domain/naming/contactRole';
import { accountKeys, contactKeys, customFieldKeys, partnerKeys, type EvidenceKeySettings } from '../keys';

// Field definitions and the account change rarely; a card is worth re-reading after a minute.
const RARELY_CHANGES = 10 * 60_000;
const CARD_STALE = 60_000;

export function contactQuery(client: AmoClient, id: number) {
  return queryOptions({
    queryKey: contactKeys.detail(id),
    queryFn: ({ signal }) => client.getContact(id, { signal }),
    staleTime: CARD_STALE,
  });
}

export function contactFieldsQuery(client: AmoClient) {
  return queryOptions({
    queryKey: customFieldKeys.contacts,
    queryFn: ({ signal }) => client.getCustomFields('contacts', { signal }),
    staleTime: RARELY_CHANGES,
  });
}

export function leadFieldsQuery(client: AmoClient) {
  return queryOptions({
    queryKey: customFieldKeys.leads,
    queryFn: ({ signal }) => client.getCustomFields('leads', { signal }),
    staleTime: RARELY_CHANGES,
  });
}

export function accountQuery(client: AmoClient) {
  return queryOptions({
    queryKey: accountKeys.current(),
    queryFn: ({ signal }) => client.getAccount({ signal }),
    staleTime: RARELY_CHANGES,
  });
}

export function partnerEvidenceQuery(client: AmoClient, contactId: number, settings: EvidenceKeySettings = {}) {
  return queryOptions({
    queryKey: partnerKeys.evidence(contactId, settings),
    // The card and the field definitions come through the cache, so the card hook and this one share
    // them; fetchQuery (not ensureQueryData) so an invalidated card is re-read, never reused stale.
    queryFn: ({ signal, client: cache }) =>
      loadPartnerEvidence(client, contactId, {
        signal,
        ...(settings.clientCatalog ? { catalogSetting: settings.clientCatalog } : {}),
        ...(settings.contractField ? { contractFieldSetting: settings.contractField } : {}),
        sources: {
          contact: () => cache.fetchQuery(contactQuery(client, contactId)),
          contactFields: () => cache.fetchQuery(contactFieldsQuery(client)),
          leadFields: () => cache.fetchQuery(leadFieldsQuery(client)),
        },
      }),
    staleTime: CARD_STALE,
  });
}

export function phoneLookupQuery(client: AmoClient, input: string) {
  const digits = searchDigits(input);
  return queryOptions({
    queryKey: contactKeys.phoneLookup(digits),
    queryFn: ({ signal }) => lookupPhone(client, digits, { signal }),
    enabled: digits.length >= 5,
    staleTime: CARD_STALE,
  });
}

export interface HoldersQueryInput {
  partnerId: number;
  numbers: readonly NumberToCheck[];
  /** What tells another foreman apart: the account's detected role field and the partner-marker setting. */
  roleField: CustomFieldDefinition | undefined;
  partnerMarker: string;
}

export function numberHoldersQuery(client: AmoClient, { partnerId, numbers, roleField, partnerMarker }: HoldersQueryInput) {
  // Both inputs of the foreman test are in the key: a new role field or marker means a different answer.
  return queryOptions({
    queryKey: contactKeys.numberHolders(
      partnerId,
      numbers.map((n) => n.key),
      { roleField, partnerMarker },
    ),
    queryFn: ({ signal }) =>
      loadNumberHolders(client, partnerId, numbers, {
        signal,
        isPartnerContact: (c: Contact) => contactRole(c, { role: roleField }, { partner_marker: partnerMarker }) === 'partner',
      }),
    enabled: numbers.length > 0,
    staleTime: CARD_STALE,
  });
}
