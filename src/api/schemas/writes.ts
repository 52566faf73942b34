// Request bodies the widget sends. The sandbox validates incoming writes with these too.
import { z } from 'zod/mini';
import { optionalInt, optionalText } from './common';

const writeValueItemSchema = z.object({
  value: z.optional(z.union([z.string(), z.number(), z.boolean()])),
  enum_id: optionalInt(),
  enum_code: optionalText(),
});

/** A field is named by id or code; `values: null` clears it; a list replaces the whole list. */
export const customFieldWriteSchema = z
  .object({
    field_id: optionalInt(),
    field_code: optionalText(),
    values: z.nullable(z.array(writeValueItemSchema)),
  })
  .check(z.refine((f) => f.field_id !== undefined || f.field_code !== undefined, { message: 'field_id or field_code is required' }));

export const tagWriteSchema = z.object({ id: optionalInt(), name: optionalText() });

/** 1 to 250 items, as every amoCRM batch write accepts. */
const batch = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1), z.maxLength(250));

export const contactWriteSchema = z.object({
  name: optionalText(),
  first_name: optionalText(),
  last_name: optionalText(),
  responsible_user_id: optionalInt(),
  created_by: optionalInt(),
  updated_by: optionalInt(),
  custom_fields_values: z.optional(z.array(customFieldWriteSchema)),
  tags_to_add: z.optional(z.array(tagWriteSchema)),
  tags_to_delete: z.optional(z.array(tagWriteSchema)),
  request_id: optionalText(),
});
export const contactsCreateRequestSchema = batch(contactWriteSchema);
export const contactPatchSchema = z.extend(contactWriteSchema, { id: z.int() });
export const contactsPatchRequestSchema = batch(contactPatchSchema);
/** PATCH /contacts/{id}: one contact, its id optional since the path names it. */
export const contactPatchByIdSchema = z.extend(contactWriteSchema, { id: optionalInt() });

export const noteCreateItemSchema = z.object({
  entity_id: optionalInt(),
  note_type: z.string(),
  params: z.record(z.string(), z.unknown()),
  request_id: optionalText(),
});
export const notesCreateRequestSchema = batch(noteCreateItemSchema);

export type CustomFieldWrite = z.infer<typeof customFieldWriteSchema>;
export type ContactWrite = z.infer<typeof contactWriteSchema>;
export type ContactPatch = z.infer<typeof contactPatchSchema>;
export type NoteCreateItem = z.infer<typeof noteCreateItemSchema>;
