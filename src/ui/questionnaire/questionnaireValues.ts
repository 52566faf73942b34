// The questionnaire as the manager fills it: what each field holds now, whether the input is
// valid, and what to write. Birthdays are midnight in Moscow (the account's timezone), as amoCRM stores them.
import type { Contact, CustomFieldWrite } from '../../api/schemas';
import type { DetectedFields } from '../../domain/types';
import { textValue } from '../../domain/fields/readValues';

export type QuestionKey = 'fullName' | 'birthday' | 'email' | 'comment';
export const QUESTIONS: QuestionKey[] = ['fullName', 'birthday', 'email', 'comment'];

const MOSCOW_OFFSET_S = 3 * 3600;

export function currentValue(contact: Contact, fields: DetectedFields, key: QuestionKey): string {
  if (key === 'email') {
    const email = contact.custom_fields_values.find((f) => f.field_code === 'EMAIL');
    const first = email?.values.find((v) => typeof v.value === 'string' && v.value.trim() !== '');
    return typeof first?.value === 'string' ? first.value.trim() : '';
  }
  if (key === 'birthday') {
    const raw = contact.custom_fields_values.find((f) => f.field_id === fields.birthday?.id)?.values[0]?.value;
    return typeof raw === 'number' ? formatBirthday(raw) : '';
  }
  return textValue(contact, fields[key]);
}

export function formatBirthday(unixSeconds: number): string {
  const d = new Date((unixSeconds + MOSCOW_OFFSET_S) * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

/** дд.мм.гггг → unix seconds of that midnight in Moscow, or null when it is not a real past date. */
export function parseBirthday(text: string, now: Date = new Date()): number | null {
  const m = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, day);
  const d = new Date(utc);
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) return null;
  if (year < 1900 || utc > now.getTime()) return null;
  return utc / 1000 - MOSCOW_OFFSET_S;
}

export function validEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(text.trim());
}

/** Surname and given name at least; letters, hyphens, apostrophes. */
export function validFullName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => /^[\p{L}'’-]+$/u.test(w));
}

/** An i18n key naming what is wrong with the input, or null when it can be saved. */
export function inputProblem(key: QuestionKey, text: string): string | null {
  if (text.trim() === '') return 'panel.questionnaire.empty_input';
  if (key === 'birthday' && parseBirthday(text) === null) return 'panel.questionnaire.bad_birthday';
  if (key === 'email' && !validEmail(text)) return 'panel.questionnaire.bad_email';
  if (key === 'fullName' && !validFullName(text)) return 'panel.questionnaire.bad_full_name';
  return null;
}

/** The custom field entry for a text-like question (email goes through the EMAIL list instead). */
export function fieldWrite(fields: DetectedFields, key: Exclude<QuestionKey, 'email'>, text: string): CustomFieldWrite | null {
  const field = fields[key];
  if (!field) return null;
  const value = key === 'birthday' ? parseBirthday(text) : text.trim();
  return value === null ? null : { field_id: field.id, values: [{ value }] };
}
