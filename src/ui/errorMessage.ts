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
  if (!isAmoApiError(error)) return { title: host.t('errors.unknown'), advice: host.t('errors.advice.retry'), kind: 'unknown' };
  const { problem } = error;
  const title = problem.kind === 'offline' && problem.timedOut ? host.t('errors.timeout') : host.t(errorI18nKey(error));
  return { title, advice: adviceText(host, problem), kind: problem.kind };
}

/** Blocks and long waits say until when: every request of the widget is held until then. */
function adviceText(host: Host, problem: AmoProblem): string {
  if (problem.kind === 'forbidden' && problem.retryAt !== undefined) {
    return host.t('errors.advice.blocked_until', { time: clockTime(problem.retryAt, host.lang) });
  }
  if (problem.kind === 'rate-limited' && problem.retryAt !== undefined) {
    return host.t('errors.advice.wait_until', { time: clockTime(problem.retryAt, host.lang) });
  }
  return host.t(`errors.advice.${adviceFor(problem.kind)}`);
}

/** 14:05 (or 14:05:30 when the wait is under two minutes, so it never reads as "now"). */
export function clockTime(at: number, lang: Host['lang'], now: number = Date.now()): string {
  const seconds = at - now < 120_000 ? { second: '2-digit' as const } : {};
  return new Date(at).toLocaleTimeString(lang === 'ru' ? 'ru-RU' : 'en-GB', { hour: '2-digit', minute: '2-digit', ...seconds });
}

function adviceFor(kind: AmoProblemKind): 'relogin' | 'admin' | 'wait' | 'retry' | 'network' {
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
