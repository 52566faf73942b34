// Other contacts and foremen holding the numbers a manager might move (searched after the evidence).
import { useQuery } from '@tanstack/react-query';
import { useAmoClient } from './AmoClientProvider';
import { numberHoldersQuery, type HoldersQueryInput } from './queries';

export function useNumberHolders(input: HoldersQueryInput) {
  const client = useAmoClient();
  return useQuery(numberHoldersQuery(client, input));
}
