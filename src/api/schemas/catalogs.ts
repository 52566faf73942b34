import { z } from 'zod/mini';
import { customFieldsValuesSchema, halPageSchema, nullableText, optionalFlag, optionalInt, optionalText, selfLinksSchema } from './common';

export const catalogSchema = z.object({
  id: z.int(),
  name: z.string(),
  type: optionalText(),
  sort: optionalInt(),
  created_by: optionalInt(),
  updated_by: optionalInt(),
  created_at: optionalInt(),
  updated_at: optionalInt(),
  can_add_elements: optionalFlag(),
  can_show_in_cards: optionalFlag(),
  can_link_multiple: optionalFlag(),
  can_be_deleted: optionalFlag(),
  sdk_widget_code: nullableText(),
  account_id: optionalInt(),
  _links: z.optional(selfLinksSchema),
});
export const catalogsPageSchema = halPageSchema('catalogs', catalogSchema);

export const catalogElementSchema = z.object({
  id: z.int(),
  catalog_id: z.int(),
  name: z._default(z.string(), ''),
  created_by: optionalInt(),
  updated_by: optionalInt(),
  created_at: optionalInt(),
  updated_at: optionalInt(),
  is_deleted: optionalFlag(),
  custom_fields_values: customFieldsValuesSchema,
  account_id: optionalInt(),
  _links: z.optional(selfLinksSchema),
});
export const catalogElementsPageSchema = halPageSchema('elements', catalogElementSchema);

export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogElement = z.infer<typeof catalogElementSchema>;
