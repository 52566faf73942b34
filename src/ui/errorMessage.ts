// One sentence per failure, in the manager's language: what happened and what to do.
import type { Host } from '../host';
import { errorI18nKey, isAmoApiError, type AmoProblem, type AmoProblemKind } from '../api/client/errors';
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
  if (!isAmoApiError(error)) return problemMessage(host, 'unknown');
  const { problem } = error;
  const title = problem.kind === 'offline' && problem.timedOut ? host.t('errors.timeout') : host.t(errorI18nKey(error));
  return { title, advice: adviceText(host, problem), kind: problem.kind };
}

/** A failure remembered only by its kind (a scan stopped on an earlier visit); a kind this version
 *  does not know reads as «something went wrong». */
export function problemMessage(host: Host, stored: string | undefined): ErrorText {
  const kind = stored !== undefined && Object.hasOwn(ADVICE, stored) ? (stored as AmoProblemKind | 'unknown') : 'unknown';
  return { title: host.t(`errors.${kind}`), advice: host.t(`errors.advice.${ADVICE[kind]}`), kind };
}

/** Blocks and long waits say until when: every request of the widget is held until then. */
function adviceText(host: Host, problem: AmoProblem): string {
  if (problem.kind === 'forbidden' && problem.retryAt !== undefined) {
    return host.t('errors.advice.blocked_until', { time: clockTime(problem.retryAt, host.lang) });
  }
  if (problem.kind === 'rate-limited' && problem.retryAt !== undefined) {
    return host.t('errors.advice.wait_until', { time: clockTime(problem.retryAt, host.lang) });
  }
  return host.t(`errors.advice.${ADVICE[problem.kind]}`);
}

/** 14:05 (or 14:05:30 when the wait is under two minutes, so it never reads as "now"). */
export function clockTime(at: number, lang: Host['lang'], now: number = Date.now()): string {
  const seconds = at - now < 120_000 ? { second: '2-digit' as const } : {};
  return new Date(at).toLocaleTimeString(lang === 'ru' ? 'ru-RU' : 'en-GB', { hour: '2-digit', minute: '2-digit', ...seconds });
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
