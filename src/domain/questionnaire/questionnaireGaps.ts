// What the partner's questionnaire still lacks: full name in its own field (not only the
// title), birthday, email, comments — each with the field it lives in and, where possible, a proposal.
import type { Contact, CustomFieldDefinition } from '../../api/schemas';
import { fieldItems, textValue } from '../fields/readValues';
import type { DetectedFields } from '../types';
import { fullNameFromTitle, validateFullName } from './validateFullName';
import { validateEmail } from './validateEmail';

export type QuestionnaireItem = 'fullName' | 'birthday' | 'email' | 'comment';
export type GapStatus = 'ok' | 'missing' | 'malformed' | 'no-field';

export interface QuestionnaireGap {
  item: QuestionnaireItem;
  status: GapStatus;
  field?: CustomFieldDefinition;
  /** What the card holds now, as text. */
  value?: string;
  /** A value to put in (the title without «прораб», a cleaned email). */
  proposal?: string;
  /** The full name is only in the contact's title. */
  fromTitle?: boolean;
  /** Codes of what is wrong (validation error/warning codes). */
  problems: string[];
  /** Comments are filled «where there are any»: a missing one is not a defect. */
  optional?: boolean;
}

function fullNameGap(contact: Contact, field: CustomFieldDefinition | undefined): QuestionnaireGap {
  const value = field ? textValue(contact, field) : '';
  const fromTitle = validateFullName(fullNameFromTitle(contact.name));
  const base = field ? { item: 'fullName' as const, field } : { item: 'fullName' as const };
  if (!value) {
    const gap: QuestionnaireGap = { ...base, status: field ? 'missing' : 'no-field', problems: fromTitle.ok ? fromTitle.warnings : [fromTitle.error] };
    if (fromTitle.ok) Object.assign(gap, { proposal: fromTitle.value, fromTitle: true });
    return gap;
  }
  const check = validateFullName(value);
  if (!check.ok) return { ...base, status: 'malformed', value, problems: [check.error] };
  const clean = check.value === value && !check.warnings.includes('no-patronymic');
  return clean ? { ...base, status: 'ok', value, problems: [] } : { ...base, status: 'malformed', value, proposal: check.value, problems: check.warnings };
}

function birthdayGap(contact: Contact, field: CustomFieldDefinition | undefined): QuestionnaireGap {
  if (!field) return { item: 'birthday', status: 'no-field', problems: [] };
  const raw = fieldItems(contact, field)[0]?.value;
  if (raw === undefined || raw === null || raw === '') return { item: 'birthday', field, status: 'missing', problems: [] };
  if (typeof raw === 'number') return { item: 'birthday', field, status: 'ok', value: String(raw), problems: [] };
  return { item: 'birthday', field, status: 'malformed', value: String(raw), problems: ['format'] };
}

function emailGap(contact: Contact, field: CustomFieldDefinition | undefined): QuestionnaireGap {
  const items = field ? fieldItems(contact, field) : contact.custom_fields_values.find((f) => f.field_code === 'EMAIL')?.values ?? [];
  const values = items.flatMap((i) => (typeof i.value === 'string' && i.value.trim() ? [i.value] : []));
  const base = field ? { item: 'email' as const, field } : { item: 'email' as const };
  if (values.length === 0) return { ...base, status: field ? 'missing' : 'no-field', problems: [] };
  const checks = values.map(validateEmail);
  const problems = [...new Set(checks.flatMap((c) => (c.ok ? c.warnings : [c.error])))];
  const proposals = checks.map((c) => c.suggestion ?? c.value);
  const changed = proposals.some((p, i) => p !== values[i]);
  if (problems.length === 0 && !changed) return { ...base, status: 'ok', value: values.join(', '), problems };
  return { ...base, status: 'malformed', value: values.join(', '), proposal: proposals.join(', '), problems };
}

export function questionnaireGaps(contact: Contact, fields: DetectedFields): QuestionnaireGap[] {
  const comment = fields.comment ? textValue(contact, fields.comment) : '';
  const commentGap: QuestionnaireGap = fields.comment
    ? { item: 'comment', field: fields.comment, status: comment ? 'ok' : 'missing', problems: [], optional: true, ...(comment ? { value: comment } : {}) }
    : { item: 'comment', status: 'no-field', problems: [], optional: true };
  return [fullNameGap(contact, fields.fullName), birthdayGap(contact, fields.birthday), emailGap(contact, fields.email), commentGap];
}
