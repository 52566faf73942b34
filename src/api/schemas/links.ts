import { z } from 'zod/mini';
import { halPageSchema, nullableInt, optionalFlag, optionalInt, optionalText } from './common';

export const linkEntityTypeSchema = z.enum(['contacts', 'companies', 'leads', 'customers', 'catalog_elements']);

/** What amoCRM answers: `metadata.main_contact` (the request says `is_main`). */
export const entityLinkSchema = z.object({
  entity_id: optionalInt(),
  entity_type: optionalText(),
  to_entity_id: z.int(),
  to_entity_type: z.string(),
  metadata: z.optional(
    z.nullable(
      z.object({
        main_contact: optionalFlag(),
        is_main: optionalFlag(),
        quantity: z.optional(z.nullable(z.number())),
        catalog_id: optionalInt(),
        price_id: nullableInt(),
        updated_by: optionalInt(),
      }),
    ),
  ),
});

export const linksPageSchema = halPageSchema('links', entityLinkSchema);

/** Request item for POST /leads/{id}/link and /unlink. */
export const linkRequestItemSchema = z.object({
  entity_id: optionalInt(),
  to_entity_id: z.int(),
  to_entity_type: linkEntityTypeSchema,
  metadata: z.optional(z.object({ is_main: optionalFlag(), catalog_id: optionalInt(), quantity: z.optional(z.number()) })),
});
export const linkRequestSchema = z.array(linkRequestItemSchema).check(z.minLength(1));

export type EntityLink = z.infer<typeof entityLinkSchema>;
export type LinkRequestItem = z.infer<typeof linkRequestItemSchema>;
