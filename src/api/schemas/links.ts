import { z } from 'zod';
import { halPageSchema } from './common';

export const linkEntityTypeSchema = z.enum(['contacts', 'companies', 'leads', 'customers', 'catalog_elements']);

/** What amoCRM answers: `metadata.main_contact` (the request says `is_main`). */
export const entityLinkSchema = z.object({
  entity_id: z.number().int().optional(),
  entity_type: z.string().optional(),
  to_entity_id: z.number().int(),
  to_entity_type: z.string(),
  metadata: z
    .object({
      main_contact: z.boolean().optional(),
      is_main: z.boolean().optional(),
      quantity: z.number().nullable().optional(),
      catalog_id: z.number().int().optional(),
      price_id: z.number().int().nullable().optional(),
      updated_by: z.number().int().optional(),
    })
    .nullable()
    .optional(),
});

export const linksPageSchema = halPageSchema('links', entityLinkSchema);

/** Request item for POST /leads/{id}/link and /unlink. */
export const linkRequestItemSchema = z.object({
  entity_id: z.number().int().optional(),
  to_entity_id: z.number().int(),
  to_entity_type: linkEntityTypeSchema,
  metadata: z
    .object({ is_main: z.boolean().optional(), catalog_id: z.number().int().optional(), quantity: z.number().optional() })
    .optional(),
});
export const linkRequestSchema = z.array(linkRequestItemSchema).min(1);

export type EntityLink = z.infer<typeof entityLinkSchema>;
export type LinkRequestItem = z.infer<typeof linkRequestItemSchema>;
