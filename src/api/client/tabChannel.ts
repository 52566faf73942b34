// The user's other tabs of this origin, reached over a BroadcastChannel (in every browser amoCRM
// supports, and in Node). The rate budget and the cache's cross-tab changes both talk through it.

export interface TabChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}

/** Opens the named channel, or gives null where there is no BroadcastChannel (this tab alone). */
export function openTabChannel(name: string): TabChannel | null {
  const Channel = (globalThis as { BroadcastChannel?: new (name: string) => TabChannel & { unref?: () => void } }).BroadcastChannel;
  if (!Channel) return null;
  const channel = new Channel(name);
  // Node keeps a process alive while a channel is open; a page's channel lives as long as the page.
  channel.unref?.();
  return channel;
}
