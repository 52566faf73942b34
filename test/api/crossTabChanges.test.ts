// What another tab posts on the changes channel: a contact it wrote is read again here; anything
// else on the channel (another version's message, garbage) changes nothing.
import { afterEach, expect, it } from 'vitest';
import { createQueryClient } from '../../src/api/hooks/queryClient';
import { CHANGES_CHANNEL, shareChangesAcrossTabs } from '../../src/api/hooks/crossTabChanges';
import { afterContactChanged, applyChangeFromAnotherTab } from '../../src/api/hooks/invalidate';
import { contactKeys } from '../../src/api/keys';

const leave: Array<() => void> = [];
afterEach(() => leave.splice(0).forEach((f) => f()));

function tab() {
  const qc = createQueryClient();
  leave.push(shareChangesAcrossTabs(qc, (change) => void applyChangeFromAnotherTab(qc, change)));
  qc.setQueryData(contactKeys.detail(7), { id: 7 });
  qc.setQueryData(contactKeys.detail(8), { id: 8 });
  return qc;
}
const stale = (qc: ReturnType<typeof tab>, id: number) => qc.getQueryState(contactKeys.detail(id))?.isInvalidated;
const tick = () => new Promise((r) => setTimeout(r, 50));

it('a contact written in one tab is read again in the other, and only that contact', async () => {
  const here = tab();
  const there = tab();
  await afterContactChanged(here, 7);
  await vi.waitFor(() => expect(stale(there, 7)).toBe(true));
  expect(stale(there, 8)).toBe(false);
});

it('a message that is not a change is ignored', async () => {
  const there = tab();
  const stranger = new BroadcastChannel(CHANGES_CHANNEL);
  for (const data of [{ kind: 'contact', contactId: '7' }, { kind: 'drop-everything' }, '<img src=x onerror=alert(1)>', null])
    stranger.postMessage(data);
  stranger.postMessage({ kind: 'contact', contactId: 8 });
  await vi.waitFor(() => expect(stale(there, 8)).toBe(true));
  await tick();
  expect(stale(there, 7)).toBe(false);
  stranger.close();
});
