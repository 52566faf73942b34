// One questionnaire answer as the engine judged it: a filled one is a line of text; a missing or
// malformed one says so in words (which rule it breaks), offers the engine's proposal as a
// one-click fill of the input, and saves by compare-and-set. A failed save keeps the typed text.
import { useId, useRef, useState } from 'react';
import { Input } from '@kommo-crm/crm-react-ui-kit/Input';
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import { Badge, BadgeNeutralTheme, BadgeWarningTheme } from '@kommo-crm/crm-react-ui-kit/Badge';
import type { Host, MessageKey } from '../../host';
import { useHost } from '../host/HostContext';
import type { QuestionnaireGap } from '../../domain/questionnaire/questionnaireGaps';
import { questionSpec } from '../../domain/questionnaire/questionnaireFields';
import type { SaveRequest } from '../../domain/questionnaire/planSave';
import type { QuestionnaireFields } from '../../domain/questionnaire/questionnaireTypes';
import { ErrorNotice } from '../StatusMessage';
import { ConflictPrompt } from '../lazyParts';
import { useSaveAnswer, type SaveConflict } from './useSaveAnswer';
import css from '../panel.module.css';
import { CompactInputDark, CompactInputLight, CompactNeutralButton } from '../compactThemes';

interface Props {
  gap: QuestionnaireGap;
  contactId: number;
  /** The contact's title as the panel read it (the full name renames it only if unchanged). */
  title: string;
  fields: QuestionnaireFields;
}

/**
 * What a rule code says, in the manager's words. The domain's rule codes are plain strings, so this key is
 * checked at run time instead: questionnaireRule.test.ts asserts every code the table produces has ru and en text.
 */
export const ruleText = (host: Host, gap: Pick<QuestionnaireGap, 'item'>, code: string) =>
  host.t(`panel.questionnaire.rule.${gap.item}.${code}` as MessageKey);
/** A rule said on its own (under the input) starts with a capital. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function QuestionnaireField({ gap, contactId, title, fields }: Props) {
  const host = useHost();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const spec = questionSpec(gap.item);
  const save = useSaveAnswer(contactId, fields);
  const [text, setText] = useState('');
  // Checked when the manager saves (the birthday rule needs today's date), not on every keystroke.
  const [problem, setProblem] = useState<{ code: string; proposal?: string } | null>(null);
  const [conflict, setConflict] = useState<{ conflict: SaveConflict; request: SaveRequest; typed: string } | null>(null);
  const label = host.t(`panel.questionnaire.${gap.item}`);

  const send = async (request: SaveRequest, typed: string) => {
    const outcome = await save.mutateAsync(request);
    if (outcome.kind === 'conflict') setConflict({ conflict: outcome, request, typed });
    else {
      setConflict(null);
      setText('');
    }
  };
  const submit = () => {
    const parsed = spec.parse(text, Math.floor(Date.now() / 1000));
    if (!parsed.ok) {
      setProblem({ code: parsed.problem, ...(parsed.proposal ? { proposal: parsed.proposal } : {}) });
      return;
    }
    setProblem(null);
    // The typed text stays in the input until the save is confirmed.
    void send({ item: gap.item, values: parsed.values, seen: gap, seenTitle: title }, text.trim()).catch(() => undefined);
  };
  const fill = (value: string) => {
    setText(value);
    setProblem(null);
    input.current?.focus();
  };

  const prompt = conflict && (
    <ConflictPrompt
      conflict={conflict.conflict}
      mine={conflict.typed}
      busy={save.isPending}
      onKeepMine={() => {
        const { fresh, freshTitle, what } = conflict.conflict;
        void send(
          { ...conflict.request, seen: fresh, seenTitle: freshTitle, ...(what === 'title' ? { title: 'mine' as const } : {}) },
          conflict.typed,
        ).catch(() => undefined);
      }}
      onKeepTheirs={() => {
        const { fresh, freshTitle, what } = conflict.conflict;
        if (what === 'title') {
          void send({ ...conflict.request, seen: fresh, seenTitle: freshTitle, title: 'theirs' }, conflict.typed).catch(() => undefined);
          return;
        }
        setConflict(null);
        setText('');
        void save.refresh();
      }}
    />
  );

  if (gap.status === 'ok' && !conflict) {
    return (
      <div className={css['partner_card_cleaner-answer']}>
        <span className={css['partner_card_cleaner-label']}>{label}</span>
        <span>{gap.value}</span>
      </div>
    );
  }
  const proposal = problem?.proposal ?? gap.proposal;
  const explained = gap.problems.length > 0 && (gap.status === 'malformed' || gap.proposal !== undefined);
  // The input is described by what the card holds now and what is wrong with it.
  const describedBy = [gap.status === 'malformed' ? `${id}-now` : '', explained ? `${id}-why` : ''].filter(Boolean).join(' ');
  const badge = gap.status === 'malformed' ? 'panel.questionnaire.malformed' : 'panel.questionnaire.missing';
  return (
    <div className={css['partner_card_cleaner-field']}>
      <div className={css['partner_card_cleaner-rowHead']}>
        <label htmlFor={id} className={css['partner_card_cleaner-label']}>
          {label}
        </label>
        <Badge theme={gap.optional && gap.status !== 'malformed' ? BadgeNeutralTheme : BadgeWarningTheme}>{host.t(badge)}</Badge>
      </div>
      {gap.status === 'malformed' && <span id={`${id}-now`}>{host.t('panel.questionnaire.now', { value: gap.value ?? '' })}</span>}
      {explained && (
        <span id={`${id}-why`} className={css['partner_card_cleaner-muted']}>
          {host.t(gap.status === 'malformed' ? 'panel.questionnaire.breaks' : 'panel.questionnaire.proposal_lacks', {
            list: gap.problems.map((code) => ruleText(host, gap, code)).join('; '),
          })}
        </span>
      )}
      {gap.status === 'no-field' ? (
        <span className={css['partner_card_cleaner-muted']}>{host.t('panel.questionnaire.no_field')}</span>
      ) : (
        <>
          {proposal && proposal !== text.trim() && (
            <div className={css['partner_card_cleaner-proposal']}>
              <Button theme={CompactNeutralButton} onClick={() => fill(proposal)}>
                {host.t('panel.questionnaire.propose', { value: proposal })}
              </Button>
            </div>
          )}
          <form
            noValidate
            className={css['partner_card_cleaner-inline']}
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Input
              ref={input}
              id={id}
              theme={host.theme === 'dark' ? CompactInputDark : CompactInputLight}
              value={text}
              placeholder={host.t(`panel.questionnaire.placeholder.${gap.item}`)}
              onChange={(e) => setText(e.target.value)}
              // Plain text: the browser's email check would block a list or hide our rule's message.
              type="text"
              inputMode={spec.input === 'date' ? 'numeric' : spec.input === 'email' ? 'email' : undefined}
              isInvalid={problem !== null}
              {...(describedBy ? { 'aria-describedby': describedBy } : {})}
              {...(problem ? { invalidDescription: sentence(ruleText(host, gap, problem.code)) } : {})}
            />
            <Button
              theme={CompactNeutralButton}
              type="submit"
              isLoading={save.isPending}
              isDisabled={save.isPending || conflict !== null}
              aria-label={host.t('panel.questionnaire.save_label', { field: label })}
            >
              {host.t('panel.questionnaire.save')}
            </Button>
          </form>
        </>
      )}
      {prompt}
      {save.error && <ErrorNotice error={save.error} />}
    </div>
  );
}
