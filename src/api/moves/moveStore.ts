// Where the outcome of each move lives, outside React: a move keeps running after the panel
// unmounts (the manager left the card), and its result and undo are there when they come back.
import type { MoveStep, MoveState, UndoState, UndoStep } from './types';

export type MoveStatus = 'running' | 'failed' | 'done' | 'undoing' | 'undo-failed' | 'undone';

export interface MoveEntry {
  phoneKey: string;
  status: MoveStatus;
  /** The step running now, or the one that failed. */
  step?: MoveStep | UndoStep;
  error?: unknown;
  move: MoveState;
  undo?: UndoState;
  /** Moves started together by "move all" share a batch id, and one undo. */
  batchId?: string;
}

type Entries = Readonly<Record<string, MoveEntry>>;

const byPartner = new Map<number, Entries>();
const listeners = new Set<() => void>();
const EMPTY: Entries = Object.freeze({});

export const moveStore = {
  entries(partnerId: number): Entries {
    return byPartner.get(partnerId) ?? EMPTY;
  },
  get(partnerId: number, phoneKey: string): MoveEntry | undefined {
    return byPartner.get(partnerId)?.[phoneKey];
  },
  put(partnerId: number, entry: MoveEntry): void {
    byPartner.set(partnerId, { ...moveStore.entries(partnerId), [entry.phoneKey]: entry });
    listeners.forEach((l) => l());
  },
  update(partnerId: number, phoneKey: string, change: Partial<MoveEntry>): void {
    const entry = moveStore.get(partnerId, phoneKey);
    if (entry) moveStore.put(partnerId, { ...entry, ...change });
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Tests start from a clean slate. */
  clear(): void {
    byPartner.clear();
    listeners.forEach((l) => l());
  },
};
