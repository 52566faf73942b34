// Request bodies the widget sends. The sandbox validates incoming writes with these too.
import { z } from 'zod';

const writeValueItemSchema = z.object({
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  enum_id: z.number().int().optional(),
  enum_code: z.string().optional(),
});

/** A field is named by id or code; `values: null` clears it; a list replaces the whole list. */
export const customFieldWriteSchema = z
  .object({
    field_id: z.number().int().optional(),
    field_code: z.string().optional(),
    values: z.array(writeValueItemSchema).nullable(),
  })
  .refine((f) => f.field_id !== undefined || f.field_code !== undefined, { message: 'field_id or field_code is required' });

export const tagWriteSchema = z.object({ id: z.number().int().optional(), name: z.string().optional() });

export const contactWriteSchema = z.object({
  name: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  responsible_user_id: z.number().int().optional(),
  created_by: z.number().int().optional(),
  updated_by: z.number().int().optional(),
  custom_fields_values: z.array(customFieldWriteSchema).optional(),
  tags_to_add: z.array(tagWriteSchema).optional(),
  tags_to_delete: z.array(tagWriteSchema).optional(),
  request_id: z.string().optional(),
});
export const contactsCreateRequestSchema = z.array(contactWriteSchema).min(1).max(250);
export const contactPatchSchema = contactWriteSchema.extend({ id: z.number().int() });
export const contactsPatchRequestSchema = z.array(contactPatchSchema).min(1).max(250);

export const noteCreateItemSchema = z.object({
  entity_id: z.number().int().optional(),
  note_type: z.string(),
  params: z.record(z.string(), z.unknown()),
  request_id: z.string().optional(),
});
export const notesCreateRequestSchema = z.array(noteCreateItemSchema).min(1).max(250);

export type CustomFieldWrite = z.infer<typeof customFieldWriteSchema>;
export type ContactWrite = z.infer<typeof contactWriteSchema>;
export type ContactPatch = z.infer<typeof contactPatchSchema>;
export type NoteCreateItem = z.infer<typeof noteCreateItemSchema>;
