import { z } from 'zod';
import { customFieldsValuesSchema, entityRefSchema, halPageSchema, selfLinksSchema, tagSchema } from './common';

export const catalogElementRefSchema = z.object({
  id: z.number().int(),
  metadata: z
    .object({
      quantity: z.number().nullable().optional(),
      catalog_id: z.number().int().optional(),
      price_id: z.number().int().nullable().optional(),
    })
    .optional(),
});

export const contactSchema = z.object({
  id: z.number().int(),
  name: z.string().default(''),
  first_name: z.string().nullable().optional(),
  last_name: z.string().nullable().optional(),
  responsible_user_id: z.number().int().optional(),
  group_id: z.number().int().optional(),
  created_by: z.number().int().optional(),
  updated_by: z.number().int().optional(),
  created_at: z.number().int().optional(),
  updated_at: z.number().int(),
  closest_task_at: z.number().int().nullable().optional(),
  is_deleted: z.boolean().optional(),
  is_unsorted: z.boolean().optional(),
  account_id: z.number().int().optional(),
  custom_fields_values: customFieldsValuesSchema,
  _links: selfLinksSchema.optional(),
  _embedded: z
    .object({
      tags: z.array(tagSchema).default([]),
      companies: z.array(entityRefSchema).default([]),
      leads: z.array(entityRefSchema).optional(),
      customers: z.array(entityRefSchema).optional(),
      catalog_elements: z.array(catalogElementRefSchema).optional(),
    })
    .default({ tags: [], companies: [] }),
});

export const contactsPageSchema = halPageSchema('contacts', contactSchema);

/** POST /contacts answers `{id, request_id}` per created contact. */
export const createdContactSchema = z.object({
  id: z.number().int(),
  request_id: z.string().optional(),
  _links: selfLinksSchema.optional(),
});
export const contactsCreateResponseSchema = z.object({
  _links: selfLinksSchema.optional(),
  _embedded: z.object({ contacts: z.array(createdContactSchema) }),
});

/** PATCH /contacts answers `{id, name?, updated_at}` per contact; single PATCH may answer a bare object. */
export const updatedContactSchema = z.object({
  id: z.number().int(),
  name: z.string().optional(),
  updated_at: z.number().int().optional(),
  _links: selfLinksSchema.optional(),
});
export const contactsPatchResponseSchema = z.union([
  z.object({ _links: selfLinksSchema.optional(), _embedded: z.object({ contacts: z.array(updatedContactSchema) }) }),
  updatedContactSchema.transform((c) => ({ _embedded: { contacts: [c] } })),
]);

export type Contact = z.infer<typeof contactSchema>;
export type CreatedContact = z.infer<typeof createdContactSchema>;
export type UpdatedContact = z.infer<typeof updatedContactSchema>;
