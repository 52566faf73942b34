// The scan's memory between visits: where it stopped and what it found, kept in localStorage.
// Versioned and validated with zod on load: a broken or older record is dropped, never trusted.
import { z } from 'zod/mini';
import { cardFindingSchema } from './cardFinding';
import { decodeCard, encodeCard, storedCardSchema } from './storedQueue';

/** 2: findings stored as tuples (storedQueue.ts). A record of another version is dropped. */
export const QUEUE_STORE_VERSION = 2;

export const scanStatusSchema = z.enum(['listing', 'checking', 'done', 'cancelled', 'paused-session', 'failed']);
export type ScanStatus = z.infer<typeof scanStatusSchema>;

const partnerRefSchema = z.object({ id: z.int(), updatedAt: z.int() });

export const queueStateSchema = z.object({
  version: z.literal(QUEUE_STORE_VERSION),
  status: scanStatusSchema,
  startedAt: z.int(),
  finishedAt: z.optional(z.int()),
  /** Next contacts page to read (a path with query), or null once the listing is complete. */
  listingNext: z.nullable(z.string()),
  contactsSeen: z.int(),
  /** Partner cards found so far, in listing order. */
  partners: z.array(partnerRefSchema),
  /** Partner ids still to check in this scan (a card whose finding is current is not here). */
  pending: z.array(z.int()),
  cards: z.record(z.string(), cardFindingSchema),
  /**
   * Numbers held by more than one partner card (e164 → partner ids): the engine must not call a
   * shared office line one foreman's client. While the listing runs it holds every partner number.
   */
  numberHolders: z.record(z.string(), z.array(z.int())),
  /** One point per finished scan: how many cards still needed work. */
  history: z.array(z.object({ at: z.int(), left: z.int(), total: z.int() })),
  lastError: z.optional(z.string()),
});

export type QueueState = z.infer<typeof queueStateSchema>;

/** What localStorage holds: the state with partners and findings as tuples. */
const storedStateSchema = z.extend(queueStateSchema, {
  partners: z.array(z.tuple([z.int(), z.int()])),
  cards: z.array(storedCardSchema),
});

function encodeState(state: QueueState): z.infer<typeof storedStateSchema> {
  return { ...state, partners: state.partners.map((p) => [p.id, p.updatedAt]), cards: Object.values(state.cards).map(encodeCard) };
}

function decodeState(stored: z.infer<typeof storedStateSchema>): QueueState {
  return {
    ...stored,
    partners: stored.partners.map(([id, updatedAt]) => ({ id, updatedAt })),
    cards: Object.fromEntries(stored.cards.map((t) => [String(t[0]), decodeCard(t)])),
  };
}

/**
 * Why the scan is not being kept for the next visit: the browser refuses storage (blocked
 * cookies and site data make even reading `localStorage` throw), or storage is full (the last
 * kept copy was then deleted: its findings are older than the screen's and must not feed a bulk
 * move after a reload).
 */
export type StoreProblem = 'unavailable' | 'full';

export interface QueueStore {
  load(): QueueState | null;
  save(state: QueueState): void;
  clear(): void;
  /** Null while every save is kept. */
  problem(): StoreProblem | null;
}

/** Minimal Storage surface, so tests and the page can pass localStorage or a stand-in. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function queueStorageKey(widgetCode: string, accountKey: string): string {
  return `${widgetCode}:cleanup-queue:${accountKey}`;
}

/** The page's localStorage, or null where the browser blocks it (the getter itself throws). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
}

/** Keeps the scan in `storage`; with none (blocked), the scan works in memory for this visit. */
export function createQueueStore(storage: KeyValueStorage | null, key: string): QueueStore {
  let problem: StoreProblem | null = storage ? null : 'unavailable';
  const forget = () => {
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing more can be done: the next load validates whatever is there.
    }
  };
  return {
    load() {
      if (!storage) return null;
      try {
        const raw = storage.getItem(key);
        if (raw === null) return null;
        const parsed = storedStateSchema.safeParse(JSON.parse(raw));
        return parsed.success ? decodeState(parsed.data) : null;
      } catch (e) {
        if (e instanceof DOMException) problem = 'unavailable';
        return null;
      }
    },
    save(state) {
      if (!storage) return;
      try {
        storage.setItem(key, JSON.stringify(encodeState(state)));
        problem = null;
      } catch (e) {
        // The scan goes on in memory. The copy left in storage is older than this state: delete
        // it, or a reload would show (and bulk-move by) findings the scan has since replaced.
        forget();
        problem = isQuotaError(e) ? 'full' : 'unavailable';
      }
    },
    clear() {
      forget();
    },
    problem: () => problem,
  };
}

export function emptyQueueState(now: number): QueueState {
  return {
    version: QUEUE_STORE_VERSION,
    status: 'listing',
    startedAt: now,
    listingNext: null,
    contactsSeen: 0,
    partners: [],
    pending: [],
    cards: {},
    numberHolders: {},
    history: [],
  };
}
