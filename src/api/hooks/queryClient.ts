// The one React Query cache setup for the panel, the queue page and the tests. React Query does
// not retry: the transport already retries what is worth retrying (reads after a 5xx, a lost
// connection or a timeout; anything after a 429), and what it gives up on must not be sent again
// (a 403 block would only be prolonged, a 429 wait multiplied, a session stays lost). Its default
// `retry: 3` sent one card read four times into a 403 block and a rate-limited read up to 24 times.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
