import { z } from 'zod/mini';
import {
  customFieldsValuesSchema,
  entityRefSchema,
  halPageSchema,
  nullableInt,
  optionalFlag,
  optionalInt,
  selfLinksSchema,
  tagSchema,
} from './common';
import { catalogElementRefSchema } from './contacts';

const nullableNumber = () => z.optional(z.nullable(z.number()));

export const leadContactRefSchema = z.object({
  id: z.int(),
  is_main: optionalFlag(),
  _links: z.optional(selfLinksSchema),
});

export const leadSchema = z.object({
  id: z.int(),
  name: z._default(z.string(), ''),
  price: nullableNumber(),
  responsible_user_id: optionalInt(),
  group_id: optionalInt(),
  status_id: z.int(),
  pipeline_id: z.int(),
  loss_reason_id: nullableInt(),
  created_by: optionalInt(),
  updated_by: optionalInt(),
  created_at: optionalInt(),
  updated_at: z.int(),
  closed_at: nullableInt(),
  closest_task_at: nullableInt(),
  is_deleted: optionalFlag(),
  score: nullableNumber(),
  labor_cost: nullableNumber(),
  account_id: optionalInt(),
  custom_fields_values: customFieldsValuesSchema,
  _links: z.optional(selfLinksSchema),
  _embedded: z._default(
    z.object({
      tags: z._default(z.array(tagSchema), []),
      companies: z._default(z.array(entityRefSchema), []),
      contacts: z.optional(z.array(leadContactRefSchema)),
      catalog_elements: z.optional(z.array(catalogElementRefSchema)),
    }),
    { tags: [], companies: [] },
  ),
});

export const leadsPageSchema = halPageSchema('leads', leadSchema);

export type Lead = z.infer<typeof leadSchema>;
