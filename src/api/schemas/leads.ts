import { z } from 'zod';
import { customFieldsValuesSchema, entityRefSchema, halPageSchema, selfLinksSchema, tagSchema } from './common';
import { catalogElementRefSchema } from './contacts';

export const leadContactRefSchema = z.object({
  id: z.number().int(),
  is_main: z.boolean().optional(),
  _links: selfLinksSchema.optional(),
});

export const leadSchema = z.object({
  id: z.number().int(),
  name: z.string().default(''),
  price: z.number().nullable().optional(),
  responsible_user_id: z.number().int().optional(),
  group_id: z.number().int().optional(),
  status_id: z.number().int(),
  pipeline_id: z.number().int(),
  loss_reason_id: z.number().int().nullable().optional(),
  created_by: z.number().int().optional(),
  updated_by: z.number().int().optional(),
  created_at: z.number().int().optional(),
  updated_at: z.number().int(),
  closed_at: z.number().int().nullable().optional(),
  closest_task_at: z.number().int().nullable().optional(),
  is_deleted: z.boolean().optional(),
  score: z.number().nullable().optional(),
  labor_cost: z.number().nullable().optional(),
  account_id: z.number().int().optional(),
  custom_fields_values: customFieldsValuesSchema,
  _links: selfLinksSchema.optional(),
  _embedded: z
    .object({
      tags: z.array(tagSchema).default([]),
      companies: z.array(entityRefSchema).default([]),
      contacts: z.array(leadContactRefSchema).optional(),
      catalog_elements: z.array(catalogElementRefSchema).optional(),
    })
    .default({ tags: [], companies: [] }),
});

export const leadsPageSchema = halPageSchema('leads', leadSchema);

export type Lead = z.infer<typeof leadSchema>;
