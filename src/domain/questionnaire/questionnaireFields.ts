// The questionnaire as data: one row per answer the company asks for. Each row says how a stored
// value reads (filled, missing, or malformed and which rule it breaks, with a proposal) and what
// a typed answer becomes. The queue and the panel both read these rows through questionnaireGaps.
// A new answer touches five files: this one (its key and row), fields/detectFields.ts (one row of
// FIELD_SETTINGS: where its field lives and how it is found), manifest.json (its setting),
// i18n/ru.json and i18n/en.json (label, placeholder, rule texts, its setting's name). The panel,
// the queue and the settings form need no change; tests say what is missing.
import { moscowDate } from './moscowTime';
import type { QuestionnaireCard, StoredItem } from './questionnaireTypes';
import { validateBirthday } from './validateBirthday';
import { validateEmail } from './validateEmail';
import { fullNameFromTitle, validateFullName } from './validateFullName';

/** The answers the company asks for, in the order the panel shows them. */
export type QuestionnaireItem = 'fullName' | 'birthday' | 'email' | 'comment';

export type ProposalSource = 'title' | 'name-fields' | 'cleaned';

/** What a stored answer says (before the field is known to exist). */
export interface Judgement {
  status: 'ok' | 'missing' | 'malformed';
  /** The stored answer as the manager reads it (a birthday as dd.mm.yyyy). */
  value?: string;
  /** Rule codes the stored value breaks; for a missing answer, what its proposal lacks. */
  problems: string[];
  /** A value to put in: the title without «прораб», a cleaned email, a date read from text. */
  proposal?: string;
  proposalFrom?: ProposalSource;
}

/** A typed answer: the values to store, or the rule it breaks (with a fix when one is obvious). */
export type Parsed = { ok: true; values: Array<string | number> } | { ok: false; problem: string; proposal?: string };

export interface QuestionSpec {
  item: QuestionnaireItem;
  /** Filled «where there is one»: a missing one is not a defect. */
  optional: boolean;
  /** The input the manager types into. */
  input: 'text' | 'email' | 'date';
  /** The predefined field code read when no field was detected (email: the EMAIL list). */
  fallbackCode?: string;
  /** The contact's title follows a saved answer (the full name is the contact's name). */
  renamesTitle?: boolean;
  judge(values: StoredItem[], card: QuestionnaireCard, now: number | undefined): Judgement;
  parse(text: string, now: number): Parsed;
  /** The field's new list from what it holds and the accepted answer (default: the answer alone). */
  write?(stored: StoredItem[], values: Array<string | number>): WriteItem[];
}

export interface WriteItem {
  value: string | number;
  enum_code?: string;
}

const texts = (values: StoredItem[]) => values.flatMap((i) => (typeof i.value === 'string' && i.value.trim() ? [i.value] : []));

/** Birthdays are stored as midnight in Moscow: read the Moscow calendar date back. */
export function formatBirthday(unixSeconds: number): string {
  const { year, month, day } = moscowDate(unixSeconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(day)}.${pad(month)}.${year}`;
}

/** A full name offered from the title or the contact's own name fields; the one with a patronymic wins. */
function proposeFullName(card: QuestionnaireCard): { value: string; from: ProposalSource; warnings: string[] } | { error: string } {
  const candidates = [
    { text: fullNameFromTitle(card.name), from: 'title' as const },
    { text: [card.last_name, card.first_name].filter(Boolean).join(' '), from: 'name-fields' as const },
  ];
  const checks = candidates.map((c) => ({ from: c.from, check: validateFullName(c.text) }));
  const valid = checks.flatMap((c) => (c.check.ok ? [{ from: c.from, check: c.check }] : []));
  const best = valid.find((c) => c.check.patronymic) ?? valid[0];
  if (best) return { value: best.check.value, from: best.from, warnings: best.check.warnings };
  const first = checks[0]!.check;
  return { error: first.ok ? 'empty' : first.error };
}

const fullName: QuestionSpec = {
  item: 'fullName',
  optional: false,
  input: 'text',
  renamesTitle: true,
  judge(values, card) {
    const value = texts(values)[0]?.trim() ?? '';
    const proposal = proposeFullName(card);
    if (!value) {
      return 'error' in proposal
        ? { status: 'missing', problems: [proposal.error] }
        : { status: 'missing', problems: proposal.warnings, proposal: proposal.value, proposalFrom: proposal.from };
    }
    const check = validateFullName(value);
    if (!check.ok) {
      const better = 'error' in proposal ? {} : { proposal: proposal.value, proposalFrom: proposal.from };
      return { status: 'malformed', value, problems: [check.error], ...better };
    }
    if (check.value === value && !check.warnings.includes('no-patronymic')) return { status: 'ok', value, problems: [] };
    // Only the patronymic is missing: the title may carry it.
    const fuller = !('error' in proposal) && proposal.value !== value && proposal.value.startsWith(check.value) ? proposal : undefined;
    if (check.value !== value)
      return { status: 'malformed', value, problems: check.warnings, proposal: check.value, proposalFrom: 'cleaned' };
    return fuller
      ? { status: 'malformed', value, problems: check.warnings, proposal: fuller.value, proposalFrom: fuller.from }
      : { status: 'malformed', value, problems: check.warnings };
  },
  parse(text) {
    const check = validateFullName(text);
    return check.ok ? { ok: true, values: [check.value] } : { ok: false, problem: check.error };
  },
};

const birthday: QuestionSpec = {
  item: 'birthday',
  optional: false,
  input: 'date',
  judge(values, _card, now) {
    const raw = values[0]?.value;
    if (raw === undefined || raw === null || raw === '') return { status: 'missing', problems: [] };
    if (typeof raw === 'number') return { status: 'ok', value: formatBirthday(raw), problems: [] };
    const text = String(raw);
    // A date typed as text into the field: read it as a manager would type it.
    const check = now === undefined ? undefined : validateBirthday(text, { now });
    return check?.ok
      ? { status: 'malformed', value: text, problems: ['format'], proposal: formatBirthday(check.value), proposalFrom: 'cleaned' }
      : { status: 'malformed', value: text, problems: ['format'] };
  },
  parse(text, now) {
    const check = validateBirthday(text, { now });
    return check.ok ? { ok: true, values: [check.value] } : { ok: false, problem: check.error };
  },
};

const email: QuestionSpec = {
  item: 'email',
  optional: false,
  input: 'email',
  fallbackCode: 'EMAIL',
  judge(values) {
    const stored = texts(values);
    if (stored.length === 0) return { status: 'missing', problems: [] };
    const checks = stored.map(validateEmail);
    const problems = [...new Set(checks.flatMap((c) => (c.ok ? c.warnings : [c.error])))];
    const proposals = checks.map((c) => c.suggestion ?? c.value);
    const value = stored.join(', ');
    if (problems.length === 0 && proposals.every((p, i) => p === stored[i])) return { status: 'ok', value, problems };
    return { status: 'malformed', value, problems, proposal: proposals.join(', '), proposalFrom: 'cleaned' };
  },
  parse(text) {
    // Several addresses may be typed at once, separated by commas, semicolons or spaces.
    const parts = text.split(/[,;\s]+/).filter(Boolean);
    if (parts.length === 0) return { ok: false, problem: 'empty' };
    const checks = parts.map(validateEmail);
    const fixed = checks.map((c) => c.suggestion ?? c.value).join(', ');
    const bad = checks.find((c) => !c.ok || c.suggestion);
    if (bad && !bad.ok) return bad.suggestion ? { ok: false, problem: bad.error, proposal: fixed } : { ok: false, problem: bad.error };
    // A likely typo (gmail.con) is not saved as typed: the manager picks the fix or retypes.
    if (bad) return { ok: false, problem: 'typo', proposal: fixed };
    return { ok: true, values: checks.map((c) => c.value) };
  },
  write: keepGoodEmails,
};

const isGoodEmail = (text: string) => {
  const check = validateEmail(text);
  return check.ok && check.warnings.length === 0;
};

/** A fix replaces the addresses that break a rule, in order; correct ones stay, kind (WORK, PRIV) kept. */
function keepGoodEmails(stored: StoredItem[], values: Array<string | number>): WriteItem[] {
  const typed = values.map(String);
  const kept = new Set(stored.flatMap((i) => (typeof i.value === 'string' && isGoodEmail(i.value) ? [i.value.toLowerCase()] : [])));
  const fresh = typed.filter((v, i) => !kept.has(v.toLowerCase()) && typed.findIndex((t) => t.toLowerCase() === v.toLowerCase()) === i);
  const out: WriteItem[] = [];
  for (const item of stored) {
    if (typeof item.value !== 'string' || !item.value.trim()) continue;
    const kind = item.enum_code ? { enum_code: item.enum_code } : {};
    // A malformed address without a typed replacement stays: nothing leaves the card unreplaced.
    out.push({ value: isGoodEmail(item.value) ? item.value : (fresh.shift() ?? item.value), ...kind });
  }
  return [...out, ...fresh.map((value) => ({ value, enum_code: 'WORK' }))];
}

const comment: QuestionSpec = {
  item: 'comment',
  optional: true,
  input: 'text',
  judge(values) {
    const value = texts(values)[0]?.trim() ?? '';
    return value ? { status: 'ok', value, problems: [] } : { status: 'missing', problems: [] };
  },
  parse(text) {
    return text.trim() ? { ok: true, values: [text.trim()] } : { ok: false, problem: 'empty' };
  },
};

/** The questionnaire, in the order the panel shows it. */
export const QUESTIONNAIRE: readonly QuestionSpec[] = [fullName, birthday, email, comment];

export function questionSpec(item: QuestionnaireItem): QuestionSpec {
  return QUESTIONNAIRE.find((q) => q.item === item)!;
}
