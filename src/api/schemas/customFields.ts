import { z } from 'zod/mini';
import { halPageSchema, listOrEmpty, nullableText, optionalFlag, optionalInt, optionalText, selfLinksSchema } from './common';

export const customFieldEnumSchema = z.object({
  id: z.int(),
  value: z.string(),
  sort: optionalInt(),
  code: nullableText(),
});

/** A field definition (GET /{entity}/custom_fields). `type` is an open set. */
export const customFieldDefinitionSchema = z.object({
  id: z.int(),
  name: z.string(),
  type: z.string(),
  account_id: optionalInt(),
  code: nullableText(),
  sort: optionalInt(),
  is_api_only: optionalFlag(),
  enums: listOrEmpty(customFieldEnumSchema),
  group_id: nullableText(),
  required_statuses: z.optional(z.nullable(z.array(z.unknown()))),
  is_deletable: optionalFlag(),
  is_predefined: optionalFlag(),
  entity_type: optionalText(),
  remind: nullableText(),
  is_computed: optionalFlag(),
  is_visible: optionalFlag(),
  is_required: optionalFlag(),
  _links: z.optional(selfLinksSchema),
});

export const customFieldsPageSchema = halPageSchema('custom_fields', customFieldDefinitionSchema);

export type CustomFieldDefinition = z.infer<typeof customFieldDefinitionSchema>;
