// Building blocks shared by every amoCRM v4 payload: HAL links, tags, custom field values.
// Unknown extra keys are tolerated (z.object strips them) so a newer amoCRM never breaks us.
import { z } from 'zod';

export const linkSchema = z.object({ href: z.string() });
export const selfLinksSchema = z.object({ self: linkSchema }).partial();
export const pageLinksSchema = z.object({
  self: linkSchema.optional(),
  next: linkSchema.optional(),
  prev: linkSchema.optional(),
  first: linkSchema.optional(),
});

export const tagSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  color: z.string().nullable().optional(),
});

/** `{id, _links}` references such as `_embedded.leads` of a contact. */
export const entityRefSchema = z.object({ id: z.number().int(), _links: selfLinksSchema.optional() });

/** A stored value: text for most types, a Unix timestamp for dates, objects for exotic types. */
export const customFieldScalarSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.record(z.string(), z.unknown()),
]);

// The contacts doc prints `enum` where real answers say `enum_code`: accept both, expose `enum_code`.
export const customFieldValueItemSchema = z.preprocess(
  (raw) => {
    if (raw && typeof raw === 'object' && 'enum' in raw && !('enum_code' in raw)) {
      const { enum: enumCode, ...rest } = raw as Record<string, unknown>;
      return { ...rest, enum_code: enumCode };
    }
    return raw;
  },
  z.object({
    value: customFieldScalarSchema.optional(),
    enum_id: z.number().int().nullable().optional(),
    enum_code: z.string().nullable().optional(),
  }),
);

export const customFieldValueSchema = z.object({
  field_id: z.number().int(),
  field_name: z.string().nullable().optional(),
  field_code: z.string().nullable().optional(),
  field_type: z.string().nullable().optional(),
  values: z.array(customFieldValueItemSchema),
});

/** `custom_fields_values` is `null`, not `[]`, when nothing is filled: read both as a list. */
export const customFieldsValuesSchema = z
  .array(customFieldValueSchema)
  .nullable()
  .optional()
  .transform((v) => v ?? []);

export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;
export type CustomFieldValueItem = z.infer<typeof customFieldValueItemSchema>;
export type Tag = z.infer<typeof tagSchema>;

/** A HAL collection page: `{_page?, _links, _embedded: {<key>: T[]}}`. */
export function halPageSchema<K extends string, T extends z.ZodTypeAny>(key: K, item: T) {
  return z.object({
    _page: z.number().int().optional(),
    _total_items: z.number().int().optional(),
    _page_count: z.number().int().optional(),
    _links: pageLinksSchema.optional(),
    _embedded: z.object({ [key]: z.array(item) } as { [P in K]: z.ZodArray<T> }),
  });
}
