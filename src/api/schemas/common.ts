// Building blocks shared by every amoCRM v4 payload: HAL links, tags, custom field values.
// Unknown extra keys are tolerated (z.object strips them) so a newer amoCRM never breaks us.
// zod/mini (functions, not methods) so the widget bundles only the checks it uses.
import { z } from 'zod/mini';

// Shorthands for the field kinds nearly every payload has; `nullable…` ones may also be `null`.
export const optionalInt = () => z.optional(z.int());
export const nullableInt = () => z.optional(z.nullable(z.int()));
export const optionalText = () => z.optional(z.string());
export const nullableText = () => z.optional(z.nullable(z.string()));
export const optionalFlag = () => z.optional(z.boolean());

export const linkSchema = z.object({ href: z.string() });
export const selfLinksSchema = z.partial(z.object({ self: linkSchema }));
export const pageLinksSchema = z.object({
  self: z.optional(linkSchema),
  next: z.optional(linkSchema),
  prev: z.optional(linkSchema),
  first: z.optional(linkSchema),
});

export const tagSchema = z.object({
  id: z.int(),
  name: z.string(),
  color: nullableText(),
});

/** `{id, _links}` references such as `_embedded.leads` of a contact. */
export const entityRefSchema = z.object({ id: z.int(), _links: z.optional(selfLinksSchema) });

/** A stored value: text for most types, a Unix timestamp for dates, objects for exotic types. */
export const customFieldScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.record(z.string(), z.unknown())]);

// The contacts doc prints `enum` where real answers say `enum_code`: accept both, expose `enum_code`.
export const customFieldValueItemSchema = z.pipe(
  z.transform((raw: unknown) => {
    if (raw && typeof raw === 'object' && 'enum' in raw && !('enum_code' in raw)) {
      const { enum: enumCode, ...rest } = raw as Record<string, unknown>;
      return { ...rest, enum_code: enumCode };
    }
    return raw;
  }),
  z.object({
    value: z.optional(customFieldScalarSchema),
    enum_id: nullableInt(),
    enum_code: nullableText(),
  }),
);

export const customFieldValueSchema = z.object({
  field_id: z.int(),
  field_name: nullableText(),
  field_code: nullableText(),
  field_type: nullableText(),
  values: z.array(customFieldValueItemSchema),
});

/** A list that amoCRM sends as `null` (or leaves out) when empty: read all three as a list. */
export function listOrEmpty<T extends z.core.SomeType>(item: T) {
  return z.pipe(
    z.optional(z.nullable(z.array(item))),
    z.transform((v) => v ?? []),
  );
}

/** `custom_fields_values` is `null`, not `[]`, when nothing is filled: read both as a list. */
export const customFieldsValuesSchema = listOrEmpty(customFieldValueSchema);

export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;
export type CustomFieldValueItem = z.infer<typeof customFieldValueItemSchema>;
export type Tag = z.infer<typeof tagSchema>;

/** A HAL collection page: `{_page?, _links, _embedded: {<key>: T[]}}`. */
export function halPageSchema<K extends string, T extends z.core.SomeType>(key: K, item: T) {
  return z.object({
    _page: optionalInt(),
    _total_items: optionalInt(),
    _page_count: optionalInt(),
    _links: z.optional(pageLinksSchema),
    _embedded: z.object({ [key]: z.array(item) } as { [P in K]: z.ZodMiniArray<T> }),
  });
}
