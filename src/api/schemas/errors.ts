import { z } from 'zod';

/** problem+json, as amoCRM sends it for 4xx/5xx. `validation-errors` only on per-item 400s. */
export const validationErrorSchema = z.object({
  code: z.string(),
  path: z.string(),
  detail: z.string(),
});
export const problemSchema = z.object({
  title: z.string().optional(),
  type: z.string().optional(),
  status: z.number().int().optional(),
  detail: z.string().optional(),
  retry_after: z.number().optional(),
  'validation-errors': z
    .array(z.object({ request_id: z.string().optional(), errors: z.array(validationErrorSchema) }))
    .optional(),
});

export type Problem = z.infer<typeof problemSchema>;
export type ValidationError = z.infer<typeof validationErrorSchema>;
