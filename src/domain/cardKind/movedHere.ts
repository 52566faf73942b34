// Where a client's number came from, read back from the audit notes the widget writes when it
// moves a number («Номер … перенесён с карточки прораба «…»»), and whether a later note undid it.
import type { NoteRecord as Note } from '../records';

/** Placeholders the UI fills the note template with, so the template can be read back as a pattern. */
export const NOTE_SLOTS = { number: '⟦N⟧', partner: '⟦P⟧', why: '⟦W⟧', client: '⟦C⟧' } as const;

export interface MovedHere {
  noteId: number;
  /** The number as written in the note. */
  number: string;
  partnerName: string;
  /** Unix seconds. */
  at: number;
  /** A later note says this move was undone. */
  undone: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A note template (filled with NOTE_SLOTS) as a pattern whose groups are the slots' values. */
export function notePattern(filledTemplate: string): { pattern: RegExp; slots: Array<keyof typeof NOTE_SLOTS> } {
  const slots: Array<keyof typeof NOTE_SLOTS> = [];
  const parts = filledTemplate.split(/(⟦[NPWC]⟧)/);
  const source = parts
    .map((part) => {
      const slot = (Object.keys(NOTE_SLOTS) as Array<keyof typeof NOTE_SLOTS>).find((k) => NOTE_SLOTS[k] === part);
      if (!slot) return escape(part);
      slots.push(slot);
      return slot === 'why' ? '([\\s\\S]*)' : '(.+?)';
    })
    .join('');
  // Anchored at the start only: the move appends what follows the template (the number as typed on
  // the partner's card, the move's own id «[pcc-…]») and those tails must not hide the move.
  return { pattern: new RegExp(`^${source}`), slots };
}

function noteText(note: Note): string {
  const text = note.params['text'];
  return typeof text === 'string' ? text.trim() : '';
}

function read(note: Note, template: string): Record<string, string> | undefined {
  const { pattern, slots } = notePattern(template);
  const match = pattern.exec(noteText(note));
  if (!match) return undefined;
  return Object.fromEntries(slots.map((s, i) => [s, (match[i + 1] ?? '').trim()]));
}

const digits = (s: string) => s.replace(/\D/g, '').slice(-10);

/**
 * Moves into this contact, newest first. `movedTemplates` / `undoTemplates` are the note texts in
 * every language the managers may use, filled with NOTE_SLOTS.
 */
export function readMovedHere(notes: readonly Note[], movedTemplates: readonly string[], undoTemplates: readonly string[]): MovedHere[] {
  const sorted = [...notes].sort((a, b) => a.created_at - b.created_at || a.id - b.id);
  const moves: MovedHere[] = [];
  for (const note of sorted) {
    const moved = movedTemplates.map((t) => read(note, t)).find(Boolean);
    if (moved?.['number'] && moved['partner']) {
      moves.push({ noteId: note.id, number: moved['number'], partnerName: moved['partner'], at: note.created_at, undone: false });
      continue;
    }
    const undo = undoTemplates.map((t) => read(note, t)).find(Boolean);
    if (!undo?.['number']) continue;
    const last = [...moves].reverse().find((m) => !m.undone && digits(m.number) === digits(undo['number'] ?? ''));
    if (last) last.undone = true;
  }
  return moves.reverse();
}
