import { z } from 'zod/mini';
import {
  customFieldsValuesSchema,
  entityRefSchema,
  halPageSchema,
  nullableInt,
  nullableText,
  optionalFlag,
  optionalInt,
  optionalText,
  selfLinksSchema,
  tagSchema,
} from './common';

export const catalogElementRefSchema = z.object({
  id: z.int(),
  metadata: z.optional(
    z.object({
      quantity: z.optional(z.nullable(z.number())),
      catalog_id: optionalInt(),
      price_id: nullableInt(),
    }),
  ),
});

export const contactSchema = z.object({
  id: z.int(),
  name: z._default(z.string(), ''),
  first_name: nullableText(),
  last_name: nullableText(),
  responsible_user_id: optionalInt(),
  group_id: optionalInt(),
  created_by: optionalInt(),
  updated_by: optionalInt(),
  created_at: optionalInt(),
  updated_at: z.int(),
  closest_task_at: nullableInt(),
  is_deleted: optionalFlag(),
  is_unsorted: optionalFlag(),
  account_id: optionalInt(),
  custom_fields_values: customFieldsValuesSchema,
  _links: z.optional(selfLinksSchema),
  _embedded: z._default(
    z.object({
      tags: z._default(z.array(tagSchema), []),
      companies: z._default(z.array(entityRefSchema), []),
      leads: z.optional(z.array(entityRefSchema)),
      customers: z.optional(z.array(entityRefSchema)),
      catalog_elements: z.optional(z.array(catalogElementRefSchema)),
    }),
    { tags: [], companies: [] },
  ),
});

export const contactsPageSchema = halPageSchema('contacts', contactSchema);

/** POST /contacts answers `{id, request_id}` per created contact. */
export const createdContactSchema = z.object({
  id: z.int(),
  request_id: optionalText(),
  _links: z.optional(selfLinksSchema),
});
export const contactsCreateResponseSchema = z.object({
  _links: z.optional(selfLinksSchema),
  _embedded: z.object({ contacts: z.array(createdContactSchema) }),
});

/** PATCH /contacts answers `{id, name?, updated_at}` per contact; single PATCH may answer a bare object. */
export const updatedContactSchema = z.object({
  id: z.int(),
  name: optionalText(),
  updated_at: optionalInt(),
  _links: z.optional(selfLinksSchema),
});
export const contactsPatchResponseSchema = z.union([
  z.object({ _links: z.optional(selfLinksSchema), _embedded: z.object({ contacts: z.array(updatedContactSchema) }) }),
  z.pipe(
    updatedContactSchema,
    z.transform((c) => ({ _embedded: { contacts: [c] } })),
  ),
]);

export type Contact = z.infer<typeof contactSchema>;
export type CreatedContact = z.infer<typeof createdContactSchema>;
export type UpdatedContact = z.infer<typeof updatedContactSchema>;
