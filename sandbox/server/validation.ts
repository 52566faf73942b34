// Turns zod issues on a request body into amoCRM's `validation-errors` (per batch item, dotted paths).
import type { ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { ValidationError } from '../../src/api/schemas';
import { sendProblem } from './http';

export interface ItemErrors {
  request_id: string;
  errors: ValidationError[];
}

function codeOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.message.includes('received undefined') ? 'NotBlank' : 'InvalidType';
  if (issue.code === 'custom') return 'NotBlank';
  if (issue.code === 'invalid_value') return 'NotSupportedChoice';
  return 'InvalidValue';
}

export function requestIdOf(body: unknown, index: number): string {
  const item: unknown = Array.isArray(body) ? body[index] : body;
  if (item && typeof item === 'object' && 'request_id' in item && typeof item.request_id === 'string') return item.request_id;
  return String(index);
}

/** Issues grouped per item; `batch` bodies have the item index first in each path. */
export function issuesToItems(issues: readonly z.core.$ZodIssue[], body: unknown, batch: boolean): ItemErrors[] {
  const groups = new Map<string, ValidationError[]>();
  for (const issue of issues) {
    const [first, ...rest] = issue.path;
    const index = batch && typeof first === 'number' ? first : 0;
    const path = (batch && typeof first === 'number' ? rest : issue.path).map(String).join('.');
    const id = requestIdOf(body, index);
    const list = groups.get(id) ?? [];
    list.push({ code: codeOf(issue), path, detail: issue.message });
    groups.set(id, list);
  }
  return [...groups].map(([request_id, errors]) => ({ request_id, errors }));
}

export function sendValidation(res: ServerResponse, items: ItemErrors[]): void {
  sendProblem(res, 400, { detail: 'Request validation failed', fields: { 'validation-errors': items } });
}

/** A batch must be an array of 1..250 items: more is 422 as amoCRM does, not-an-array is 400. */
export function checkBatch(res: ServerResponse, body: unknown): body is unknown[] {
  if (!Array.isArray(body) || body.length === 0) {
    sendProblem(res, 400, { detail: 'Request body must be a non-empty array' });
    return false;
  }
  if (body.length > 250) {
    sendProblem(res, 422, { detail: 'Too many entities in one request: at most 250' });
    return false;
  }
  return true;
}
