// The card the panel opens with: the contact, field definitions and the account, loaded side by
// side so the questionnaire and the phone list can show as soon as they arrive.
import { useQueries } from '@tanstack/react-query';
import { useAmoClient } from './AmoClientProvider';
import { accountQuery, contactFieldsQuery, contactQuery, leadFieldsQuery } from './queries';

export function usePartnerCard(contactId: number) {
  const client = useAmoClient();
  return useQueries({
    queries: [contactQuery(client, contactId), contactFieldsQuery(client), leadFieldsQuery(client), accountQuery(client)],
    combine: ([contact, contactFields, leadFields, account]) => ({
      /** null when the contact does not exist. */
      contact: contact.data,
      contactFields: contactFields.data,
      leadFields: leadFields.data,
      account: account.data,
      isPending: contact.isPending || contactFields.isPending,
      /** The first failure, for errorI18nKey(). */
      error: contact.error ?? contactFields.error ?? leadFields.error ?? account.error,
      refetch: () => Promise.all([contact.refetch(), contactFields.refetch()]),
    }),
  });
}
