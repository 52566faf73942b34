// The vocabulary of moving a client's number off a partner's card: what was asked, how far it got.
import type { Contact } from '../schemas';
import type { ValueCut } from './phoneValues';

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
  /** The number as the manager saw it (progress, notes). The client gets the text as typed on the partner. */
  phoneValue: string;
  enumCode?: string;
  target: MoveTarget;
  dealIds: number[];
  /** The partner card as the manager saw it: a different one at removal time means a concurrent edit. */
  partnerSeen: { updatedAt: number; numberKeys: string[] };
  /** Audit notes, already in the manager's language (the UI translates). */
  notes: {
    client: string;
    partner: string;
    undoClient: string;
    undoPartner: string;
    /** Leads the number's words in the notes when it was typed with some («Записано у прораба так:»). */
    typedAs?: string;
  };
}

/** Which audit note: each is written once per move, also when a retry follows a lost answer. */
export type NoteKind = 'client' | 'partner' | 'undoClient' | 'undoPartner';

export interface MoveState {
  request: MoveRequest;
  /** This move's own id: tags the contact it creates and ends its notes, so a retry finds its first write. */
  moveId: string;
  done: MoveStep[];
  /** Set as soon as the client contact exists: a retry never creates a second one. */
  clientContactId?: number;
  clientCreatedByUs: boolean;
  /** True once a create was sent, even if its answer was lost: a retry searches before re-creating. */
  createSent: boolean;
  /** The number with its words as typed on the partner, read fresh before the first write. */
  clientValue?: string;
  /** Set before the write is sent: a write applied but answered 5xx is still taken back by undo. */
  numberAddedToClient: boolean;
  /** Recorded before the link is sent, for the same reason. */
  linkedDealIds: number[];
  /** What the move cut out of the partner's values, for undo to put back only that. */
  cuts: ValueCut[];
  /** Notes whose POST was sent: a retry first looks for them instead of writing a second copy. */
  notesSent: NoteKind[];
  /** Another manager changed the partner's card while we worked; their edit was kept. */
  concurrentEdit: boolean;
}

export type MoveOutcome = { status: 'done'; state: MoveState } | { status: 'failed'; step: MoveStep; error: unknown; state: MoveState };

export interface UndoState {
  move: MoveState;
  done: UndoStep[];
  /** The partner's card changed since the move: the number came back as a value of its own. */
  changedSince?: boolean;
  /** The number is now on these other contacts, so it was not put back on the partner. */
  leftOn?: number[];
}

export type UndoOutcome = { status: 'done'; state: UndoState } | { status: 'failed'; step: UndoStep; error: unknown; state: UndoState };

export type ProgressListener = (step: MoveStep | UndoStep, phase: 'start' | 'done') => void;

export type { Contact };
