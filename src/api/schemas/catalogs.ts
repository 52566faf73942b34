import { z } from 'zod';
import { customFieldsValuesSchema, halPageSchema, selfLinksSchema } from './common';

export const catalogSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.string().optional(),
  sort: z.number().int().optional(),
  created_by: z.number().int().optional(),
  updated_by: z.number().int().optional(),
  created_at: z.number().int().optional(),
  updated_at: z.number().int().optional(),
  can_add_elements: z.boolean().optional(),
  can_show_in_cards: z.boolean().optional(),
  can_link_multiple: z.boolean().optional(),
  can_be_deleted: z.boolean().optional(),
  sdk_widget_code: z.string().nullable().optional(),
  account_id: z.number().int().optional(),
  _links: selfLinksSchema.optional(),
});
export const catalogsPageSchema = halPageSchema('catalogs', catalogSchema);

export const catalogElementSchema = z.object({
  id: z.number().int(),
  catalog_id: z.number().int(),
  name: z.string().default(''),
  created_by: z.number().int().optional(),
  updated_by: z.number().int().optional(),
  created_at: z.number().int().optional(),
  updated_at: z.number().int().optional(),
  is_deleted: z.boolean().optional(),
  custom_fields_values: customFieldsValuesSchema,
  account_id: z.number().int().optional(),
  _links: selfLinksSchema.optional(),
});
export const catalogElementsPageSchema = halPageSchema('elements', catalogElementSchema);

export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogElement = z.infer<typeof catalogElementSchema>;
