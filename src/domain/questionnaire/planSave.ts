// Compare-and-set for a questionnaire answer: given the contact as read just before writing, save
// only if the answer (and, for the full name, the title) is still what the panel showed. Otherwise
// say what another manager put there, so the manager chooses: keep mine or keep theirs.
import { questionSpec } from './questionnaireFields';
import { questionnaireGaps, sameStored, type QuestionnaireGap, type QuestionnaireOptions } from './questionnaireGaps';
import type { FieldWrite, QuestionnaireCard, QuestionnaireFields, QuestionnaireItem } from './questionnaireTypes';

export interface SaveRequest {
  item: QuestionnaireItem;
  /** The accepted answer (QuestionSpec.parse). */
  values: Array<string | number>;
  /** The answer as the panel showed it when the manager typed. */
  seen: Pick<QuestionnaireGap, 'stored'>;
  /** The contact's title as the panel read it. */
  seenTitle: string;
  /** The title changed since: the manager chose to rename it anyway, or to leave theirs. */
  title?: 'mine' | 'theirs';
}

export type SavePlan =
  | { kind: 'write'; patch: { name?: string; custom_fields_values: FieldWrite[] } }
  /** The answer changed since the panel read it: `theirs` is what the card holds now ('' when cleared). */
  | { kind: 'conflict'; what: 'value'; theirs: string; fresh: QuestionnaireGap; freshTitle: string }
  /** The answer is as seen but the title was renamed: renaming it again needs the manager's word. */
  | { kind: 'conflict'; what: 'title'; theirs: string; fresh: QuestionnaireGap; freshTitle: string }
  | { kind: 'no-field' };

export function planSave(
  fresh: QuestionnaireCard,
  fields: QuestionnaireFields,
  req: SaveRequest,
  opts: QuestionnaireOptions = {},
): SavePlan {
  const spec = questionSpec(req.item);
  const field = fields[req.item];
  if (!field) return { kind: 'no-field' };
  const now = questionnaireGaps(fresh, fields, opts).find((g) => g.item === req.item)!;
  if (!sameStored(req.seen, now)) return { kind: 'conflict', what: 'value', theirs: now.value ?? '', fresh: now, freshTitle: fresh.name };
  const titleMoved = fresh.name !== req.seenTitle;
  if (spec.renamesTitle && titleMoved && req.title === undefined) {
    return { kind: 'conflict', what: 'title', theirs: fresh.name, fresh: now, freshTitle: fresh.name };
  }
  const items = spec.write ? spec.write(now.stored, req.values) : req.values.map((value) => ({ value }));
  // A plain text field (an email field chosen in settings) holds one value: the list joined.
  const values =
    field.type === 'multitext' ? items : [{ value: items.length === 1 ? items[0]!.value : items.map((i) => i.value).join(', ') }];
  const rename =
    spec.renamesTitle && req.title !== 'theirs' && (!titleMoved || req.title === 'mine') && fresh.name !== String(req.values[0]);
  return {
    kind: 'write',
    patch: { ...(rename ? { name: String(req.values[0]) } : {}), custom_fields_values: [{ field_id: field.id, values }] },
  };
}
