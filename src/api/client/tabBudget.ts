// The rate budget shared by the manager's tabs. amoCRM counts 7 requests per second per
// integration, not per tab: two tabs each keeping to 7 send 14. Tabs talk over a BroadcastChannel:
// each announces its sends and their answers, so every tab counts the others' requests in its
// window, and the tabs that are busy split the budget (3 + 3 of 7 for two), so sends that cross
// in the channel can never add up to more than 7. A tab that starts sending first tells the others
// and waits for their answer (at most ACK_WAIT_MS), so a busy tab has cut its share before the new
// one sends anything. 403 blocks and 429 pauses are per IP, so they are shared too.
// Without BroadcastChannel the budget is this page's alone (the scheduler still keeps to 7).
import { openTabChannel } from './tabChannel';

/** How long a new tab listens for the others before its first send. */
const HELLO_WAIT_MS = 50;
/** A tab that does not answer in this time (frozen in the background, closed) is forgotten. */
const ACK_WAIT_MS = 1000;

type SlotSnapshot = Array<[id: number, remainingMs: number]>;
type Message =
  | { type: 'hello'; from: string }
  | { type: 'here' | 'ack'; from: string; to: string; active: boolean; slots: SlotSnapshot }
  | { type: 'active' | 'idle' | 'bye'; from: string }
  | { type: 'sent' | 'settled'; from: string; id: number }
  | { type: 'pause'; from: string; ms: number }
  | { type: 'stop'; from: string; ms: number; reason: string };

export interface TabBudgetHooks {
  now: () => number;
  /** The window plus margin: how long an answered request still counts. */
  spanMs: number;
  /** The longest a request can take (its timeout): a peer's unanswered request counts this long. */
  peerRequestMs: number;
  /** Own requests in the window: id and ms left (-1 while still in flight). */
  ownSlots: () => SlotSnapshot;
  /** Something changed (a peer's slot freed, the handshake ended): try sending again. */
  wake: () => void;
  pauseFor: (ms: number) => void;
  stopFor: (ms: number, reason: string) => void;
}

export interface TabBudget {
  /** True while this tab waits for the other tabs to take note that it is sending. */
  joining(): boolean;
  /** Call before sending when the tab was idle; returns whether it may send right now. */
  activate(): boolean;
  idle(): void;
  /** This tab's share of `max` requests per window. */
  share(max: number): number;
  /** When each other tab's request in the window stops counting. */
  foreignFreeTimes(): number[];
  sent(id: number): void;
  settled(id: number): void;
  pause(ms: number): void;
  stop(ms: number, reason: string): void;
  close(): void;
  /** The other tabs this one knows of. */
  peerCount(): number;
}

export function createTabBudget(channelName: string | undefined, hooks: TabBudgetHooks): TabBudget {
  const channel = channelName ? openTabChannel(channelName) : null;
  if (!channel) return aloneBudget();
  const me = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const peers = new Map<string, { active: boolean }>();
  const foreign = new Map<string, number>();
  const helloUntil = hooks.now() + HELLO_WAIT_MS;
  let active = false;
  let joining = false;
  let awaiting = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const post = (m: Message) => {
    if (!closed) channel.postMessage(m);
  };
  const snapshot = (): SlotSnapshot => hooks.ownSlots();
  const learnSlots = (from: string, slots: SlotSnapshot) => {
    const t = hooks.now();
    for (const [id, left] of slots) foreign.set(`${from}:${id}`, left < 0 ? t + hooks.peerRequestMs + hooks.spanMs : t + left);
  };
  const joined = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    joining = false;
    hooks.wake();
  };
  const ask = () => {
    awaiting = new Set(peers.keys());
    post({ type: 'active', from: me });
    if (awaiting.size === 0) return joined();
    // A peer that does not answer (a frozen or closed tab) is forgotten.
    timer = setTimeout(() => {
      for (const id of awaiting) peers.delete(id);
      joined();
    }, ACK_WAIT_MS);
  };

  channel.onmessage = ({ data }) => {
    const m = data as Message;
    if (!m || typeof m !== 'object' || m.from === me || closed) return;
    const t = hooks.now();
    switch (m.type) {
      case 'hello':
        peers.set(m.from, { active: false });
        post({ type: 'here', from: me, to: m.from, active, slots: snapshot() });
        break;
      case 'here':
      case 'ack':
        if (m.to !== me) break;
        peers.set(m.from, { active: m.active || peers.get(m.from)?.active === true });
        learnSlots(m.from, m.slots);
        if (m.type === 'ack' && awaiting.delete(m.from) && awaiting.size === 0 && joining) joined();
        break;
      case 'active':
        peers.set(m.from, { active: true });
        post({ type: 'ack', from: me, to: m.from, active, slots: snapshot() });
        break;
      case 'idle':
        peers.set(m.from, { active: false });
        break;
      case 'bye':
        peers.delete(m.from);
        break;
      case 'sent':
        peers.set(m.from, { active: true });
        foreign.set(`${m.from}:${m.id}`, t + hooks.peerRequestMs + hooks.spanMs);
        break;
      case 'settled':
        foreign.set(`${m.from}:${m.id}`, t + hooks.spanMs);
        break;
      case 'pause':
        hooks.pauseFor(m.ms);
        break;
      case 'stop':
        hooks.stopFor(m.ms, m.reason);
        break;
    }
    hooks.wake();
  };
  post({ type: 'hello', from: me });

  return {
    joining: () => joining,
    activate() {
      if (active) return !joining;
      active = true;
      joining = true;
      // Tabs opened at the same moment have not heard of each other yet: listen a little first.
      const wait = helloUntil - hooks.now();
      if (wait > 0) timer = setTimeout(ask, wait);
      else ask();
      return !joining;
    },
    idle() {
      if (!active || joining) return;
      active = false;
      post({ type: 'idle', from: me });
    },
    share(max) {
      const busy = [...peers.values()].filter((p) => p.active).length;
      return busy === 0 ? max : Math.max(1, Math.floor(max / (busy + 1)));
    },
    foreignFreeTimes() {
      const t = hooks.now();
      for (const [key, freeAt] of foreign) if (freeAt <= t) foreign.delete(key);
      return [...foreign.values()];
    },
    sent: (id) => post({ type: 'sent', from: me, id }),
    settled: (id) => post({ type: 'settled', from: me, id }),
    pause: (ms) => post({ type: 'pause', from: me, ms }),
    stop: (ms, reason) => post({ type: 'stop', from: me, ms, reason }),
    peerCount: () => peers.size,
    close() {
      if (closed) return;
      post({ type: 'bye', from: me });
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      channel.close();
    },
  };
}

function aloneBudget(): TabBudget {
  const nothing = () => {};
  return {
    joining: () => false,
    activate: () => true,
    idle: nothing,
    share: (max) => max,
    foreignFreeTimes: () => [],
    sent: nothing,
    settled: nothing,
    pause: nothing,
    stop: nothing,
    close: nothing,
    peerCount: () => 0,
  };
}
