import { z } from 'zod';
import { halPageSchema, selfLinksSchema } from './common';

export const customFieldEnumSchema = z.object({
  id: z.number().int(),
  value: z.string(),
  sort: z.number().int().optional(),
  code: z.string().nullable().optional(),
});

/** A field definition (GET /{entity}/custom_fields). `type` is an open set. */
export const customFieldDefinitionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.string(),
  account_id: z.number().int().optional(),
  code: z.string().nullable().optional(),
  sort: z.number().int().optional(),
  is_api_only: z.boolean().optional(),
  enums: z.array(customFieldEnumSchema).nullable().optional().transform((e) => e ?? []),
  group_id: z.string().nullable().optional(),
  required_statuses: z.array(z.unknown()).nullable().optional(),
  is_deletable: z.boolean().optional(),
  is_predefined: z.boolean().optional(),
  entity_type: z.string().optional(),
  remind: z.string().nullable().optional(),
  is_computed: z.boolean().optional(),
  is_visible: z.boolean().optional(),
  is_required: z.boolean().optional(),
  _links: selfLinksSchema.optional(),
});

export const customFieldsPageSchema = halPageSchema('custom_fields', customFieldDefinitionSchema);

export type CustomFieldDefinition = z.infer<typeof customFieldDefinitionSchema>;
