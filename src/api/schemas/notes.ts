import { z } from 'zod/mini';
import { halPageSchema, nullableInt, nullableText, optionalFlag, optionalInt, optionalText, selfLinksSchema } from './common';

/** Call parameters: `phone` is free text as the telephony sent it; `link` may be empty. */
export const callParamsSchema = z.object({
  uniq: optionalText(),
  duration: z._default(z.int().check(z.nonnegative()), 0),
  source: optionalText(),
  link: nullableText(),
  phone: z._default(z.string(), ''),
  call_result: nullableText(),
  call_status: nullableInt(),
  call_responsible: z.optional(z.nullable(z.union([z.number(), z.string()]))),
});

export const CALL_NOTE_TYPES = ['call_in', 'call_out'] as const;

// note_type is an open set: unknown types are kept with their params untyped.
export const noteSchema = z.object({
  id: z.int(),
  entity_id: z.int(),
  created_by: optionalInt(),
  updated_by: optionalInt(),
  created_at: z.int(),
  updated_at: optionalInt(),
  responsible_user_id: optionalInt(),
  group_id: optionalInt(),
  note_type: z.string(),
  params: z.pipe(
    z.optional(z.nullable(z.record(z.string(), z.unknown()))),
    z.transform((p) => p ?? {}),
  ),
  account_id: optionalInt(),
  is_editable: optionalFlag(),
  is_pinned: optionalFlag(),
  _links: z.optional(selfLinksSchema),
});

export const notesPageSchema = halPageSchema('notes', noteSchema);

export const createdNoteSchema = z.object({
  id: z.int(),
  entity_id: z.int(),
  request_id: optionalText(),
  _links: z.optional(selfLinksSchema),
});
export const notesCreateResponseSchema = z.object({
  _links: z.optional(selfLinksSchema),
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
