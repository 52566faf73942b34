// One sentence per failure, in the manager's language: what happened and what to do.
import type { Host } from '../host';
import { isAmoApiError, type AmoProblemKind } from '../api/client/errors';
import { isMoveCheckError } from '../api/moves/moveErrors';

export interface ErrorText {
  title: string;
  advice: string;
  kind: AmoProblemKind | 'check' | 'unknown';
}

export function errorMessage(host: Host, error: unknown): ErrorText {
  if (isMoveCheckError(error)) {
    return { title: host.t(`errors.move.${error.problem}`), advice: host.t('errors.advice.retry'), kind: 'check' };
  }
  return problemMessage(host, isAmoApiError(error) ? error.kind : 'unknown');
}

/** A failure remembered only by its kind (a scan stopped on an earlier visit); a kind this version
 *  does not know reads as «something went wrong». */
export function problemMessage(host: Host, stored: string | undefined): ErrorText {
  const kind = stored !== undefined && Object.hasOwn(ADVICE, stored) ? (stored as AmoProblemKind | 'unknown') : 'unknown';
  return { title: host.t(`errors.${kind}`), advice: host.t(`errors.advice.${ADVICE[kind]}`), kind };
}

// A record, not a switch: a new problem kind without advice is a type error.
const ADVICE: Record<AmoProblemKind | 'unknown', 'relogin' | 'admin' | 'wait' | 'retry' | 'network'> = {
  'session-lost': 'relogin',
  forbidden: 'admin',
  'payment-required': 'admin',
  'rate-limited': 'wait',
  offline: 'network',
  'not-found': 'retry',
  validation: 'retry',
  server: 'retry',
  'bad-answer': 'retry',
  unknown: 'retry',
};
