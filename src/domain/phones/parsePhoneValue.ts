// Reads a free-text PHONE value the way a person typed it: several numbers, extensions,
// names and addresses beside them. Nothing is dropped: what is not a number is a note or invalid.
import type { ParsedPhone } from '../types';
import { normalizeNumber, type NormalizeOptions } from './normalize';

export interface PhoneValueParse {
  numbers: ParsedPhone[];
  invalid: string[];
}

// A run of digits with the punctuation people put inside numbers.
const CANDIDATE = /(?:\+\s*)?\(?\d[\d\s\-().]*\d/g;
// `доб. 12`, `доб 12`, `добавочный 12`, `ext 12`, `ext.12`, `#12`, `вн. 12`, `x12`, `д.12` (short only).
const EXTENSION =
  /^\s*[,(]?\s*(?:доб(?:авочный)?\.?|ext\.?|extension|вн\.?|#|x|д\.(?=\s*\d{1,4}\b(?!\s*[-/,]?\s*(?:к|кв|корп)\b)))\s*(\d{1,6})\)?/iu;
// Labels that say what kind of number follows; they carry no owner information worth a note.
const LABELS =
  /(^|[\s,;:(])(?:тел|телефон|т|моб|мобильный|сот|сотовый|раб|рабочий|дом|домашний|whats\s?app|вотсап|ватсап|viber|вайбер|telegram|тг|tel|mob|phone)\.?(?=$|[\s,;:)])/giu;
// \b is ASCII-only in JS regexps, so word edges are spelled out for Cyrillic.
const JOINERS = /^(?:или|и|либо|or|and|а также)(?=\s|$)\s*|(?:^|\s+)(?:или|и|либо|or|and)$/iu;
const EDGE_PUNCT = /^[\s,;/|:()\-–—.+*]+|[\s,;/|:()\-–—.+*]+$/gu;

function cleanNote(text: string): string {
  let t = text.replace(LABELS, '$1').replace(/\s+/g, ' ');
  for (let i = 0; i < 4; i += 1) {
    const next = t.replace(EDGE_PUNCT, '').replace(JOINERS, '');
    if (next === t) break;
    t = next;
  }
  return t.trim();
}

/** One number (or a number-like fragment) of a value, by its characters: `text.slice(start, end)`. */
export interface Found {
  start: number;
  end: number;
  phone?: Omit<ParsedPhone, 'note'>;
  invalid?: string;
}

// After a run: «-й», « этаж», « кв»: letters, maybe after a dash or spaces.
const WORDS_FOLLOW = /^[\s-]*\p{L}/u;

/** A run that failed as one number may be two typed with only spaces or a dash between them. */
function splitJoined(
  text: string,
  opts?: NormalizeOptions,
): Array<{ from: number; to: number; phone: Omit<ParsedPhone, 'ext' | 'note'> }> | null {
  // Tokens are what lies between spaces and digit-dash-digit joins; each keeps its offset in the run.
  const tokens = [...text.matchAll(/(?:[^\s-]|(?<!\d)-|-(?!\d))+/g)].filter((t) => /\d/.test(t[0]));
  const out: Array<{ from: number; to: number; phone: Omit<ParsedPhone, 'ext' | 'note'> }> = [];
  let acc = '';
  let from = 0;
  for (const token of tokens) {
    if (!acc) from = token.index;
    acc = acc ? `${acc} ${token[0]}` : token[0];
    const digits = acc.replace(/\D/g, '').length;
    const n = digits >= 10 || acc.startsWith('+') ? normalizeNumber(acc, opts) : null;
    if (n) {
      out.push({ from, to: token.index + token[0].length, phone: n });
      acc = '';
    }
  }
  return out.length >= 2 && acc === '' ? out : null;
}

/**
 * «+79521724206 2-й», «8 921 111 22 33 5 кв»: a number and then a short count or ordinal that words
 * follow. The run fails as one number; the number is its head and the rest stays in the note.
 */
function headNumber(text: string, opts?: NormalizeOptions): { to: number; phone: Omit<ParsedPhone, 'ext' | 'note'> } | null {
  const spaces = [...text.matchAll(/\s+/g)].reverse();
  for (const m of spaces) {
    const rest = text.slice(m.index + m[0].length);
    if (rest.replace(/\D/g, '').length > 3) break;
    const phone = normalizeNumber(text.slice(0, m.index), opts);
    if (phone) return { to: m.index, phone };
  }
  return null;
}

function tailNumber(text: string, opts?: NormalizeOptions): { offset: number; phone: Omit<ParsedPhone, 'ext' | 'note'> } | null {
  for (const m of text.matchAll(/\s+/g)) {
    const offset = m.index + m[0].length;
    const rest = text.slice(offset);
    if (rest.replace(/\D/g, '').length < 10) break;
    const phone = normalizeNumber(rest, opts);
    if (phone) return { offset, phone };
  }
  return null;
}

/** Where each number and number-like fragment sits in the value (NFC), extension included. */
export function findPhoneSpans(raw: string, opts?: NormalizeOptions): { text: string; found: Found[] } {
  const text = raw.normalize('NFC');
  return { text, found: findNumbers(text, opts) };
}

function findNumbers(raw: string, opts?: NormalizeOptions): Found[] {
  const found: Found[] = [];
  for (const m of raw.matchAll(CANDIDATE)) {
    const text = m[0];
    const start = m.index;
    let end = start + text.length;
    const digits = text.replace(/\D/g, '');
    if (digits.length < 7) continue; // a flat or house number: left for the note
    const ext = EXTENSION.exec(raw.slice(end));
    const extension = ext?.[1];
    if (ext) end += ext[0].length;
    const one = normalizeNumber(text, opts);
    if (one) {
      found.push({ start, end, phone: extension ? { ...one, ext: extension } : one });
      continue;
    }
    const many = splitJoined(text, opts);
    if (many) {
      many.forEach((p, i) => {
        const last = i === many.length - 1;
        found.push({
          start: start + p.from,
          end: last ? end : start + p.to,
          phone: last && extension ? { ...p.phone, ext: extension } : p.phone,
        });
      });
      continue;
    }
    const head = WORDS_FOLLOW.test(raw.slice(start + text.length)) ? headNumber(text, opts) : null;
    if (head) {
      found.push({ start, end: start + head.to, phone: head.phone });
      continue;
    }
    // «кв 118 89313809090»: a flat number ran into the phone; the phone starts at a later space.
    const tail = tailNumber(text, opts);
    if (tail) {
      found.push({ start: start + tail.offset, end, phone: extension ? { ...tail.phone, ext: extension } : tail.phone });
      continue;
    }
    found.push({ start, end, invalid: text.trim() + (ext ? ext[0] : '') });
  }
  return found;
}

/** Every number in one stored value, in E.164 with its extension and the words typed beside it. */
export function parsePhoneValue(raw: string, opts?: NormalizeOptions): PhoneValueParse {
  const text = raw.normalize('NFC');
  const found = findNumbers(text, opts);
  const invalid = found.flatMap((f) => (f.invalid ? [f.invalid] : []));
  const valid = found.filter((f) => f.phone);
  // A value with no number at all is reported whole: the manager sees exactly what was typed.
  if (valid.length === 0) return { numbers: [], invalid: text.trim() ? [text.trim()] : [] };
  // Text between numbers belongs to the number before it; text before the first, to the first.
  const notes: string[] = valid.map(() => '');
  let cursor = 0;
  let prev = -1;
  found.forEach((f) => {
    const gap = text.slice(cursor, f.start);
    const target = prev < 0 ? 0 : prev;
    notes[target] = [notes[target], gap].filter(Boolean).join(' ');
    if (f.phone) prev = valid.indexOf(f);
    cursor = Math.max(cursor, f.end);
  });
  const last = prev < 0 ? 0 : prev;
  notes[last] = [notes[last], text.slice(cursor)].filter(Boolean).join(' ');
  const numbers = valid.map((f, i) => {
    const phone = f.phone as Omit<ParsedPhone, 'note'>;
    const note = cleanNote(notes[i] ?? '');
    return note ? { ...phone, note } : { ...phone };
  });
  // Numbers split out of one run share the run's position: keep each once.
  const seen = new Set<string>();
  return {
    numbers: numbers.filter((n) => {
      const key = `${n.e164};${n.ext ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    invalid,
  };
}

/** A call note's `params.phone`: telephony writes `79211234567`, `+7 (921)…`, `8921…`. */
export function normalizeCallPhone(raw: string, opts?: NormalizeOptions): string | null {
  // Thousands of calls come from a few hundred numbers: each distinct text is read once.
  const key = `${opts?.defaultCountry ?? ''}|${opts?.localAreaCode ?? ''}|${raw}`;
  const known = callCache.get(key);
  if (known !== undefined) return known;
  if (callCache.size >= 20_000) callCache.clear();
  const e164 = parsePhoneValue(raw, opts).numbers[0]?.e164 ?? null;
  callCache.set(key, e164);
  return e164;
}
const callCache = new Map<string, string | null>();
