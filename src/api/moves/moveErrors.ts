// Failures the move detects itself (as opposed to HTTP errors from the client): each one
// means "stop here, the partner's card still holds the number".
export type MoveProblem =
  | 'client-gone'
  | 'number-not-saved'
  | 'partner-gone'
  | 'number-still-on-partner'
  /** The partner no longer holds the number (another tab, another manager, an old finding): nothing was written. */
  | 'already-moved';

export class MoveCheckError extends Error {
  constructor(
    readonly problem: MoveProblem,
    /** Contacts that hold the number now (for «already moved»: where it went). */
    readonly holders: Array<{ id: number; name: string }> = [],
  ) {
    super(`move check failed: ${problem}`);
    this.name = 'MoveCheckError';
  }
}

export function isMoveCheckError(error: unknown): error is MoveCheckError {
  return error instanceof MoveCheckError;
}
