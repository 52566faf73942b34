// Notes: notes of many deals (or contacts) in one filtered request per id chunk (calls, and common notes when asked), and new notes.
import { notesCreateRequestSchema, notesCreateResponseSchema, notesPageSchema, type Note, type NoteCreateItem } from '../schemas';
import type { Http } from './http';
import { fetchAllPages } from './pagination';
import { chunk, unique } from './query';
import type { Priority } from './scheduler';

export type NoteEntity = 'leads' | 'contacts';
/** ~100 ids keeps the URL short and splits the pages into chains that run side by side. */
export const NOTE_ENTITY_CHUNK = 100;

export type NoteReadType = 'call_in' | 'call_out' | 'common';
const CALL_TYPES: NoteReadType[] = ['call_in', 'call_out'];

export interface NoteReadOptions {
  signal?: AbortSignal;
  priority?: Priority;
  /** Note types to read; calls by default. The panel adds `common` so managers' notes ride along in the same pages. */
  types?: NoteReadType[];
}

export function notesApi(http: Http) {
  return {
    /** Notes of the given entities: calls by default, or the `types` asked for (the panel adds managers' common notes); bulk priority (the card itself comes first). */
    async getNotes(entity: NoteEntity, ids: readonly number[], opts: NoteReadOptions = {}): Promise<Note[]> {
      const pages = await Promise.all(
        chunk(unique(ids), NOTE_ENTITY_CHUNK).map((part) =>
          fetchAllPages(http, {
            path: `/api/v4/${entity}/notes`,
            query: { 'filter[entity_id][]': part, 'filter[note_type][]': opts.types ?? CALL_TYPES, limit: 250 },
            schema: notesPageSchema,
            key: 'notes',
            priority: opts.priority ?? 'bulk',
            ...(opts.signal ? { signal: opts.signal } : {}),
          }),
        ),
      );
      return pages.flat();
    },

    /** Adds notes (each item names its `entity_id`), e.g. the audit trail of a moved number. */
    async addNotes(entity: NoteEntity, items: readonly NoteCreateItem[]) {
      const body = notesCreateRequestSchema.parse(items.map((item, i) => ({ ...item, request_id: item.request_id ?? String(i) })));
      const answer = await http.request({ method: 'POST', path: `/api/v4/${entity}/notes`, body, schema: notesCreateResponseSchema });
      return answer?._embedded.notes ?? [];
    },
  };
}
