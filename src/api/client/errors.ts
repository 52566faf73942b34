// Typed failures of the amoCRM API, as a discriminated union the UI can switch on.
// Sentences live in the UI's i18n file; here we only give each kind a key.
import type { z } from 'zod/mini';
import { problemSchema } from '../schemas';

export interface FieldProblem {
  /** The batch item (`request_id` we sent, or its index as a string). */
  requestId: string;
  /** Dotted path inside that item, e.g. `custom_fields_values.0.field_id`. */
  path: string;
  code: string;
  detail: string;
}

export type AmoProblem =
  | { kind: 'session-lost'; endpoint: string }
  /** `retryAt` (epoch ms): every request of the widget stays stopped until then (amoCRM's block). */
  | { kind: 'forbidden'; endpoint: string; detail?: string; retryAt?: number }
  | { kind: 'not-found'; endpoint: string }
  | { kind: 'validation'; endpoint: string; detail?: string; fields: FieldProblem[] }
  | { kind: 'payment-required'; endpoint: string }
  | { kind: 'rate-limited'; endpoint: string; retryAfterMs?: number; retryAt?: number }
  | { kind: 'server'; endpoint: string; status: number; /** a write that failed this way may have been applied */ write: boolean }
  /** `timedOut`: sent, but no answer in time; for a write, whether it was applied is unknown. */
  | { kind: 'offline'; endpoint: string; write: boolean; timedOut?: boolean }
  | { kind: 'bad-answer'; endpoint: string; path: string; message: string };

export type AmoProblemKind = AmoProblem['kind'];

export class AmoApiError extends Error {
  readonly problem: AmoProblem;
  constructor(problem: AmoProblem) {
    super(`${problem.kind} at ${problem.endpoint}${problem.kind === 'bad-answer' ? ` (${problem.path}: ${problem.message})` : ''}`);
    this.name = 'AmoApiError';
    this.problem = problem;
  }
  get kind(): AmoProblemKind {
    return this.problem.kind;
  }
}

export function isAmoApiError(e: unknown): e is AmoApiError {
  return e instanceof AmoApiError;
}

/** The i18n key the UI translates (`errors.session-lost`); `errors.unknown` for anything else. */
export function errorI18nKey(e: unknown): `errors.${AmoProblemKind | 'unknown'}` {
  return isAmoApiError(e) ? `errors.${e.problem.kind}` : 'errors.unknown';
}

/** Maps a non-OK HTTP answer (already known not to be retried) to a typed problem. */
export function problemFromResponse(status: number, endpoint: string, body: unknown, write: boolean): AmoProblem {
  const parsed = problemSchema.safeParse(body);
  const problem: z.infer<typeof problemSchema> = parsed.success ? parsed.data : {};
  switch (status) {
    case 401:
      return { kind: 'session-lost', endpoint };
    case 402:
      return { kind: 'payment-required', endpoint };
    case 403:
      return { kind: 'forbidden', endpoint, ...(problem.detail ? { detail: problem.detail } : {}) };
    case 404:
      return { kind: 'not-found', endpoint };
    case 429:
      return { kind: 'rate-limited', endpoint };
  }
  if (status === 400 || status === 422) {
    const fields = (problem['validation-errors'] ?? []).flatMap((item) =>
      item.errors.map((err) => ({ requestId: item.request_id ?? '0', path: err.path, code: err.code, detail: err.detail })),
    );
    return { kind: 'validation', endpoint, fields, ...(problem.detail ? { detail: problem.detail } : {}) };
  }
  return { kind: 'server', endpoint, status, write };
}

/** Formats a zod issue path (`_embedded.contacts.0.id`) for a bad-answer error. */
export function badAnswer(endpoint: string, error: z.core.$ZodError): AmoApiError {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  return new AmoApiError({ kind: 'bad-answer', endpoint, path, message: issue?.message ?? 'invalid answer' });
}
