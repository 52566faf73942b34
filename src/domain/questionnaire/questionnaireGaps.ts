// The one questionnaire rule: for each answer the company asks for (full name, birthday, email,
// comment), the field it lives in, what the card holds, its state and a proposal. The queue counts
// what is missing or malformed from this; the panel renders exactly this.
import { QUESTIONNAIRE, type ProposalSource } from './questionnaireFields';
import type { QuestionnaireCard, QuestionnaireField, QuestionnaireFields, QuestionnaireItem, StoredItem } from './questionnaireTypes';

export type { QuestionnaireItem } from './questionnaireTypes';
/** ok = filled and follows the rules; missing = empty; malformed = filled but breaks a rule; no-field = the account lacks the field. */
export type GapStatus = 'ok' | 'missing' | 'malformed' | 'no-field';

export interface QuestionnaireGap {
  item: QuestionnaireItem;
  status: GapStatus;
  field?: QuestionnaireField;
  /** What the card holds now, as the manager reads it. */
  value?: string;
  /** The stored values as amoCRM holds them: what a save compares against (compare-and-set). */
  stored: StoredItem[];
  /** A value to put in (the title without «прораб», a cleaned email). */
  proposal?: string;
  proposalFrom?: ProposalSource;
  /** The full name is only in the contact's title. */
  fromTitle?: boolean;
  /** Codes of the rules the value breaks (for a missing one: what the proposal lacks). */
  problems: string[];
  /** Comments are filled «where there are any»: a missing one is not a defect. */
  optional?: boolean;
}

export interface QuestionnaireOptions {
  /** Unix seconds, to read a date typed as text into the birthday field; without it no such proposal. */
  now?: number;
}

/** Values of the detected field, else of the predefined field with the row's fallback code. */
function storedValues(card: QuestionnaireCard, field: QuestionnaireField | undefined, fallbackCode: string | undefined): StoredItem[] {
  const entry = field
    ? card.custom_fields_values.find((f) => f.field_id === field.id)
    : fallbackCode
      ? card.custom_fields_values.find((f) => f.field_code === fallbackCode)
      : undefined;
  return entry?.values ?? [];
}

export function questionnaireGaps(
  card: QuestionnaireCard,
  fields: QuestionnaireFields,
  opts: QuestionnaireOptions = {},
): QuestionnaireGap[] {
  return QUESTIONNAIRE.map((spec) => {
    const field = fields[spec.item];
    const stored = storedValues(card, field, spec.fallbackCode);
    const judged = spec.judge(stored, card, opts.now);
    // Without a field and without a value there is nothing to fill in; a value read by its code still counts.
    const status: GapStatus = !field && judged.status === 'missing' ? 'no-field' : judged.status;
    return {
      item: spec.item,
      ...judged,
      status,
      stored,
      ...(field ? { field } : {}),
      ...(judged.proposalFrom === 'title' ? { fromTitle: true } : {}),
      ...(spec.optional ? { optional: true } : {}),
    };
  });
}

const storedKey = (items: StoredItem[]) => JSON.stringify(items.map((i) => [i.value ?? null, i.enum_code ?? i.enum_id ?? null]));

/** Whether two reads of one answer hold the same stored values (order and kind included). */
export function sameStored(a: Pick<QuestionnaireGap, 'stored'>, b: Pick<QuestionnaireGap, 'stored'>): boolean {
  return storedKey(a.stored) === storedKey(b.stored);
}
