import { z } from 'zod/mini';
import { optionalInt, optionalText } from './common';

/** problem+json, as amoCRM sends it for 4xx/5xx. `validation-errors` only on per-item 400s. */
export const validationErrorSchema = z.object({
  code: z.string(),
  path: z.string(),
  detail: z.string(),
});
export const problemSchema = z.object({
  title: optionalText(),
  type: optionalText(),
  status: optionalInt(),
  detail: optionalText(),
  retry_after: z.optional(z.number()),
  'validation-errors': z.optional(z.array(z.object({ request_id: optionalText(), errors: z.array(validationErrorSchema) }))),
});

export type Problem = z.infer<typeof problemSchema>;
export type ValidationError = z.infer<typeof validationErrorSchema>;
