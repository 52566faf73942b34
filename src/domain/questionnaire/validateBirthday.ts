// A birthday typed by a manager: a real date in a Russian or ISO form, at an age a working
// foreman can have, stored as amoCRM stores birthdays — midnight in Moscow.
import { moscowDate, moscowMidnight } from './moscowTime';

export type BirthdayError = 'empty' | 'format' | 'no-such-date' | 'future' | 'too-young' | 'too-old';

export type BirthdayCheck =
  { ok: true; value: number; date: string; age: number; warnings: Array<'two-digit-year'> } | { ok: false; error: BirthdayError };

export interface BirthdayOptions {
  /** Unix seconds: today, for the age. */
  now: number;
  /** Only Europe/Moscow is modelled (the account's zone here). */
  tz?: 'Europe/Moscow';
  minAge?: number;
  maxAge?: number;
}

const MONTHS: Record<string, number> = {
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  мая: 5,
  май: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  окт: 10,
  ноя: 11,
  дек: 12,
};

function readParts(text: string): { y: number; m: number; d: number; shortYear: boolean } | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s*г(ода?)?\.?$/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, shortYear: false };
  m = /^(\d{1,2})[./\s-](\d{1,2})[./\s-](\d{2}|\d{4})$/.exec(t);
  if (m) return { y: +m[3]!, m: +m[2]!, d: +m[1]!, shortYear: m[3]!.length === 2 };
  m = /^(\d{1,2})\s+([а-я]+)\.?\s+(\d{4})$/.exec(t);
  const month = m ? MONTHS[m[2]!.slice(0, 3)] : undefined;
  if (m && month) return { y: +m[3]!, m: month, d: +m[1]!, shortYear: false };
  return null;
}

const isRealDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export function validateBirthday(text: string, opts: BirthdayOptions): BirthdayCheck {
  if (!text.trim()) return { ok: false, error: 'empty' };
  const parts = readParts(text);
  if (!parts) return { ok: false, error: 'format' };
  const today = moscowDate(opts.now);
  let { y } = parts;
  // «12.05.78»: the century that makes a plausible adult.
  if (parts.shortYear) y = 2000 + y <= today.year - (opts.minAge ?? 18) ? 2000 + y : 1900 + y;
  if (!isRealDate(y, parts.m, parts.d)) return { ok: false, error: 'no-such-date' };
  const before = today.month * 100 + today.day < parts.m * 100 + parts.d;
  const age = today.year - y - (before ? 1 : 0);
  if (age < 0 || (age === 0 && y > today.year)) return { ok: false, error: 'future' };
  if (y * 10000 + parts.m * 100 + parts.d > today.year * 10000 + today.month * 100 + today.day) return { ok: false, error: 'future' };
  if (age < (opts.minAge ?? 18)) return { ok: false, error: 'too-young' };
  if (age > (opts.maxAge ?? 80)) return { ok: false, error: 'too-old' };
  const date = `${y}-${String(parts.m).padStart(2, '0')}-${String(parts.d).padStart(2, '0')}`;
  return { ok: true, value: moscowMidnight(y, parts.m, parts.d), date, age, warnings: parts.shortYear ? ['two-digit-year'] : [] };
}
