import { z } from 'zod';
import { halPageSchema, selfLinksSchema } from './common';

/** Call parameters: `phone` is free text as the telephony sent it; `link` may be empty. */
export const callParamsSchema = z.object({
  uniq: z.string().optional(),
  duration: z.number().int().nonnegative().default(0),
  source: z.string().optional(),
  link: z.string().nullable().optional(),
  phone: z.string().default(''),
  call_result: z.string().nullable().optional(),
  call_status: z.number().int().nullable().optional(),
  call_responsible: z.union([z.number(), z.string()]).nullable().optional(),
});

export const CALL_NOTE_TYPES = ['call_in', 'call_out'] as const;

// note_type is an open set: unknown types are kept with their params untyped.
export const noteSchema = z.object({
  id: z.number().int(),
  entity_id: z.number().int(),
  created_by: z.number().int().optional(),
  updated_by: z.number().int().optional(),
  created_at: z.number().int(),
  updated_at: z.number().int().optional(),
  responsible_user_id: z.number().int().optional(),
  group_id: z.number().int().optional(),
  note_type: z.string(),
  params: z.record(z.string(), z.unknown()).nullable().optional().transform((p) => p ?? {}),
  account_id: z.number().int().optional(),
  is_editable: z.boolean().optional(),
  is_pinned: z.boolean().optional(),
  _links: selfLinksSchema.optional(),
});

export const notesPageSchema = halPageSchema('notes', noteSchema);

export const createdNoteSchema = z.object({
  id: z.number().int(),
  entity_id: z.number().int(),
  request_id: z.string().optional(),
  _links: selfLinksSchema.optional(),
});
export const notesCreateResponseSchema = z.object({
  _links: selfLinksSchema.optional(),
  _embedded: z.object({ notes: z.array(createdNoteSchema) }),
});

export type Note = z.infer<typeof noteSchema>;
export type CallParams = z.infer<typeof callParamsSchema>;

/** A call note with its params parsed, or null for any other note. */
export function asCallNote(note: Note): (Note & { note_type: 'call_in' | 'call_out'; call: CallParams }) | null {
  if (note.note_type !== 'call_in' && note.note_type !== 'call_out') return null;
  const call = callParamsSchema.safeParse(note.params);
  if (!call.success) return null;
  return { ...note, note_type: note.note_type, call: call.data };
}
