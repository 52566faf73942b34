// The questionnaire as the manager fills it: what each field holds now, and what a typed answer
// becomes when the engine's rules accept it (validateBirthday/Email/FullName are the single rules).
import type { Contact, CustomFieldWrite } from '../../api/schemas';
import type { DetectedFields } from '../../domain/types';
import { textValue } from '../../domain/fields/readValues';
import { moscowDate } from '../../domain/questionnaire/moscowTime';
import { validateBirthday } from '../../domain/questionnaire/validateBirthday';
import { validateEmail } from '../../domain/questionnaire/validateEmail';
import { validateFullName } from '../../domain/questionnaire/validateFullName';

export type QuestionKey = 'fullName' | 'birthday' | 'email' | 'comment';
export const QUESTIONS: QuestionKey[] = ['fullName', 'birthday', 'email', 'comment'];

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

/** Birthdays are stored as midnight in Moscow: read the Moscow calendar date back. */
export function formatBirthday(unixSeconds: number): string {
  const { year, month, day } = moscowDate(unixSeconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(day)}.${pad(month)}.${year}`;
}

/** What to save, or the i18n key saying what is wrong with the input. */
export type Answer = { ok: true; value: string | number } | { ok: false; problem: string };

export function readAnswer(key: QuestionKey, text: string, nowSeconds: number): Answer {
  if (text.trim() === '') return { ok: false, problem: 'panel.questionnaire.empty_input' };
  if (key === 'birthday') {
    const check = validateBirthday(text, { now: nowSeconds });
    return check.ok ? { ok: true, value: check.value } : { ok: false, problem: `panel.questionnaire.birthday_error.${check.error}` };
  }
  if (key === 'email') {
    const check = validateEmail(text);
    return check.ok ? { ok: true, value: check.value } : { ok: false, problem: `panel.questionnaire.email_error.${check.error}` };
  }
  if (key === 'fullName') {
    const check = validateFullName(text);
    return check.ok ? { ok: true, value: check.value } : { ok: false, problem: `panel.questionnaire.full_name_error.${check.error}` };
  }
  return { ok: true, value: text.trim() };
}

/** The custom field entry for a text-like question (email goes through the EMAIL list instead). */
export function fieldWrite(fields: DetectedFields, key: Exclude<QuestionKey, 'email'>, value: string | number): CustomFieldWrite | null {
  const field = fields[key];
  return field ? { field_id: field.id, values: [{ value }] } : null;
}
