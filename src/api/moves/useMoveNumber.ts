// The panel's handle on moves: the current state of every move on this partner card (from the
// move store, so it survives leaving and reopening the card) and the actions, which refresh
// exactly the cards a move changed.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useAmoClient } from '../hooks/AmoClientProvider';
import { afterContactChanged, afterLinksChanged } from '../hooks/invalidate';
import { retryMove, startMove, startMoveAll, undoBatch, undoNumberMove } from './moveActions';
import { moveStore, type MoveEntry } from './moveStore';
import type { MoveRequest } from './types';

export function useMoveNumber(partnerId: number) {
  const client = useAmoClient();
  const queryClient = useQueryClient();
  const entries = useSyncExternalStore(
    moveStore.subscribe,
    () => moveStore.entries(partnerId),
    () => moveStore.entries(partnerId),
  );

  const refresh = useCallback(
    (changed: Array<MoveEntry | undefined>) => {
      void afterContactChanged(queryClient, partnerId);
      for (const entry of changed) {
        const clientId = entry?.move.clientContactId;
        if (clientId === undefined) continue;
        void afterContactChanged(queryClient, clientId);
        if (entry && entry.move.linkedDealIds.length > 0) void afterLinksChanged(queryClient, clientId, entry.move.linkedDealIds);
      }
    },
    [queryClient, partnerId],
  );

  return useMemo(
    () => ({
      entries,
      move: (request: MoveRequest) => startMove(client, request).then((e) => (refresh([e]), e)),
      retry: (phoneKey: string) => retryMove(client, partnerId, phoneKey).then((e) => (refresh([e]), e)),
      undo: (phoneKey: string) => undoNumberMove(client, partnerId, phoneKey).then((e) => (refresh([e]), e)),
      moveAll: (requests: MoveRequest[]) => startMoveAll(client, requests).then((list) => (refresh(list), list)),
      undoAll: (batchId: string) => undoBatch(client, partnerId, batchId).then((list) => (refresh(list), list)),
    }),
    [client, partnerId, entries, refresh],
  );
}
