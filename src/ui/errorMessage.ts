// One sentence per failure, in the manager's language: what happened and what to do.
import type { Host } from '../host';
import { errorI18nKey, isAmoApiError, type AmoProblemKind } from '../api/client/errors';
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
  const kind = isAmoApiError(error) ? error.kind : 'unknown';
  return { title: host.t(errorI18nKey(error)), advice: host.t(`errors.advice.${adviceFor(kind)}`), kind };
}

function adviceFor(kind: AmoProblemKind | 'unknown'): 'relogin' | 'admin' | 'wait' | 'retry' | 'network' {
  switch (kind) {
    case 'session-lost':
      return 'relogin';
    case 'forbidden':
    case 'payment-required':
      return 'admin';
    case 'rate-limited':
      return 'wait';
    case 'offline':
      return 'network';
    default:
      return 'retry';
  }
}
