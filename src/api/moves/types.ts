// The vocabulary of moving a client's number off a partner's card: what was asked, how far it got.
import type { Contact } from '../schemas';
import type { RemovedValue } from './phoneValues';

/** The steps of one move, in the order they run. The number leaves the partner only at `remove-from-partner`. */
export const MOVE_STEPS = [
  'client-contact',
  'confirm-client',
  'link-deals',
  'note-client',
  'note-partner',
  'remove-from-partner',
  'confirm-partner',
] as const;
export type MoveStep = (typeof MOVE_STEPS)[number];

export const UNDO_STEPS = ['restore-partner', 'unlink-deals', 'release-client', 'note-undo'] as const;
export type UndoStep = (typeof UNDO_STEPS)[number];

export type MoveTarget =
  | { kind: 'new'; name: string }
  | { kind: 'existing'; contactId: number; /** For the manager's eyes only (progress, notes). */ name?: string };

export interface MoveRequest {
  partnerId: number;
  /** Identity of the number on the card: e164 plus `;ext=` (CardPhone.key). */
  phoneKey: string;
  /** What is written on the client contact (the number in a clean form). */
  phoneValue: string;
  enumCode?: string;
  target: MoveTarget;
  dealIds: number[];
  /** The partner card as the manager saw it: a different one at removal time means a concurrent edit. */
  partnerSeen: { updatedAt: number; numberKeys: string[] };
  /** Audit notes, already in the manager's language (the UI translates). */
  notes: { client: string; partner: string; undoClient: string; undoPartner: string };
}

export interface MoveState {
  request: MoveRequest;
  done: MoveStep[];
  /** Set as soon as the client contact exists: a retry never creates a second one. */
  clientContactId?: number;
  clientCreatedByUs: boolean;
  /** True once a create was sent, even if its answer was lost: a retry searches before re-creating. */
  createSent: boolean;
  /** The number was not on the client contact before and we added it (undo takes it back off). */
  numberAddedToClient: boolean;
  linkedDealIds: number[];
  /** The partner's PHONE values we removed, exactly as stored, for undo. */
  removedValues: RemovedValue[];
  /** Another manager changed the partner's card while we worked; their edit was kept. */
  concurrentEdit: boolean;
}

export type MoveOutcome =
  | { status: 'done'; state: MoveState }
  | { status: 'failed'; step: MoveStep; error: unknown; state: MoveState };

export interface UndoState {
  move: MoveState;
  done: UndoStep[];
}

export type UndoOutcome =
  | { status: 'done'; state: UndoState }
  | { status: 'failed'; step: UndoStep; error: unknown; state: UndoState };

export type ProgressListener = (step: MoveStep | UndoStep, phase: 'start' | 'done') => void;

export type { Contact };
