// A PHONE value is text a person typed. Moving a number out of it cuts out exactly that number,
// its extension and the words attached to it, and leaves every other character as typed: other
// numbers, their words, 7-digit fragments. Only the separators at the cut are tidied.
import { phoneKey } from './cardPhones';
import type { NormalizeOptions } from './normalize';
import { findPhoneSpans, type Found } from './parsePhoneValue';

export interface TakenText {
  /** What stays in the value, or null when nothing but separators would stay (the value goes). */
  remaining: string | null;
  /** The number as typed, with its extension and its words («Иван: 8 921 … доб. 12 WhatsApp»). */
  taken: string;
}

// Characters that only separate: dropping them at a cut loses nothing a person typed.
export const SEPARATOR = /[\s,;|/]/u;
const SEPARATORS_AT_EDGES = /^[\s,;|/]+|[\s,;|/]+$/gu;
// Where one entry of a list ends: a comma, semicolon, bar or line break (a lone slash between spaces too).
const LIST_BREAK = /[,;|\n]|\s\/\s/gu;
// A label ends with a colon or a dash: «Петр: 8 911…», «Офис — 8 812…».
const LABEL_END = /[:\-–—]\s*$/u;

interface Anchor {
  start: number;
  end: number;
  key?: string;
}

function anchorsOf(found: Found[]): Anchor[] {
  const out: Anchor[] = [];
  for (const f of found) {
    const a: Anchor = { start: f.start, end: f.end, ...(f.phone ? { key: phoneKey(f.phone.e164, f.phone.ext) } : {}) };
    const last = out[out.length - 1];
    // A number split out of another's run never overlaps it; a repeat of the same span is skipped.
    if (last && a.start < last.end) continue;
    out.push(a);
  }
  return out;
}

/** Positions in `gap` (absolute) where list entries break, in order. */
function breaksIn(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const gap = text.slice(from, to);
  return [...gap.matchAll(LIST_BREAK)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
}

/** The first character of the words before anchor `i` that belong to it. */
function ownedStart(text: string, anchors: Anchor[], i: number): number {
  const me = anchors[i] as Anchor;
  const prev = anchors[i - 1];
  if (!prev) return 0; // words before the first number are its label («Иван: 8 921…»)
  const breaks = breaksIn(text, prev.end, me.start);
  const lastBreak = breaks[breaks.length - 1];
  const tailStart = lastBreak ? lastBreak.end : prev.end;
  const tail = text.slice(tailStart, me.start);
  // After a fragment (555-12-34), the words after the last break are ours.
  if (!prev.key) return lastBreak ? tailStart : me.start;
  // After a number, its words run on, except a label typed before us («…, Петр: 8 911…»).
  return LABEL_END.test(tail) && /[^\s:\-–—]/u.test(tail) ? tailStart : me.start;
}

/** The end of the words after anchor `i` that belong to it. */
function ownedEnd(text: string, anchors: Anchor[], i: number): number {
  const me = anchors[i] as Anchor;
  const next = anchors[i + 1];
  if (!next) return text.length; // everything after the last number is its words
  if (!next.key) {
    // Before a fragment: our words end at the first break; without one, nothing is ours.
    const first = breaksIn(text, me.end, next.start)[0];
    return first ? first.start : me.end;
  }
  const boundary = ownedStart(text, anchors, i + 1);
  const breaks = breaksIn(text, me.end, boundary);
  const last = breaks[breaks.length - 1];
  return last ? last.start : boundary;
}

function tidy(text: string): string {
  return text.replace(SEPARATORS_AT_EDGES, '');
}

/** Joins what stood left and right of a cut with the separator that stood there. */
function joinAroundCut(left: string, cut: string, right: string): string {
  const l = left.replace(/[\s,;|/]+$/u, '');
  const r = right.replace(/^[\s,;|/]+/u, '');
  if (!l) return r;
  if (!r) return l;
  // A line break is not kept as the joint: the parser reads digits across it as one run.
  const sep = /[,;|]/u.exec(left.slice(l.length) + cut + right.slice(0, right.length - r.length))?.[0] ?? ',';
  return `${l}${sep} ${r}`;
}

/** Cuts the first occurrence of number `key` out of `raw`, or null when the value does not hold it. */
function takeOnce(raw: string, key: string, opts?: NormalizeOptions): TakenText | null {
  const { text, found } = findPhoneSpans(raw, opts);
  const anchors = anchorsOf(found);
  const i = anchors.findIndex((a) => a.key === key);
  if (i < 0) return null;
  const start = ownedStart(text, anchors, i);
  const end = Math.max(ownedEnd(text, anchors, i), (anchors[i] as Anchor).end);
  const remaining = joinAroundCut(text.slice(0, start), '', text.slice(end));
  return { remaining: /[^\s,;|/]/u.test(remaining) ? tidy(remaining) : null, taken: tidy(text.slice(start, end)) };
}

/** Takes every occurrence of number `key` (e164 plus `;ext=`) out of one value. */
export function takeNumber(raw: string, key: string, opts?: NormalizeOptions): TakenText | null {
  let rest: string | null = raw;
  const taken: string[] = [];
  while (rest !== null) {
    const once = takeOnce(rest, key, opts);
    if (!once) break;
    taken.push(once.taken);
    rest = once.remaining;
  }
  if (taken.length === 0) return null;
  return { remaining: rest, taken: taken.join(', ') };
}

/** Puts a number's text back into a value it was taken from: at the end, after a comma. */
export function putBack(value: string | null, taken: string): string {
  return value && /[^\s,;|/]/u.test(value) ? `${value.replace(/[\s,;|/]+$/u, '')}, ${taken}` : taken;
}

/** The words typed with a number (its label and note), without the number and its extension. */
export function wordsBeside(taken: string, key: string, opts?: NormalizeOptions): string {
  const { text, found } = findPhoneSpans(taken, opts);
  const own = anchorsOf(found).find((a) => a.key === key);
  return own ? joinAroundCut(text.slice(0, own.start), '', text.slice(own.end)).replace(SEPARATORS_AT_EDGES, '') : tidy(text);
}
