// A write in one tab changes what the user's other tabs show: a manager who moved a number in one
// tab must not see it still on the foreman in another and move it again. Each React Query cache
// announces what its writes changed over a BroadcastChannel, and every other cache (another tab,
// or another mount of this page) drops the same queries its own write would have dropped.
import type { QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { openTabChannel, type TabChannel } from '../client/tabChannel';

export const CHANGES_CHANNEL = 'partner_card_cleaner:changes';

const changeSchema = z.union([
  z.object({ kind: z.literal('contact'), contactId: z.number() }),
  z.object({ kind: z.literal('links'), contactId: z.number(), leadIds: z.array(z.number()) }),
]);
export type Change = z.infer<typeof changeSchema>;

const channels = new WeakMap<QueryClient, TabChannel>();

/** Posts a change this cache made to the others; nothing without BroadcastChannel (this tab alone). */
export function announceChange(qc: QueryClient, change: Change): void {
  channels.get(qc)?.postMessage(change);
}

/**
 * Joins the channel for this cache: the others' changes are applied with `apply` (the same
 * invalidation a local write does). Returns the leave function, for unmount.
 */
export function shareChangesAcrossTabs(qc: QueryClient, apply: (change: Change) => void): () => void {
  const channel = channels.has(qc) ? null : openTabChannel(CHANGES_CHANNEL);
  if (!channel) return () => undefined;
  channel.onmessage = (event) => {
    // Another tab of ours is the only sender, but a message is data from outside this page's code.
    const change = changeSchema.safeParse(event.data);
    if (change.success) apply(change.data);
  };
  channels.set(qc, channel);
  return () => {
    channels.delete(qc);
    channel.close();
  };
}
