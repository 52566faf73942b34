// Reverse lookup for one number: contacts that hold it (re-checked by digits) and their deals.
import { useQuery } from '@tanstack/react-query';
import { useAmoClient } from './AmoClientProvider';
import { phoneLookupQuery } from './queries';

export function usePhoneLookup(digits: string) {
  const client = useAmoClient();
  return useQuery(phoneLookupQuery(client, digits));
}
