// One questionnaire answer: a filled one is a line of text; a missing one says so and offers an
// inline input with its own save button, checked as the company's rules say before saving.
import { useId, useState } from 'react';
import { Input } from '@kommo-crm/crm-react-ui-kit/Input';
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import { Badge, BadgeNeutralTheme, BadgeWarningTheme } from '@kommo-crm/crm-react-ui-kit/Badge';
import type { Host, MessageKey } from '../../host';
import { readAnswer, type QuestionKey } from './questionnaireValues';
import css from '../panel.module.css';
import { CompactInputDark, CompactInputLight, CompactNeutralButton } from '../compactThemes';

export function QuestionnaireField({ host, question, current, hasField, isSaving, onSave }: {
  host: Host;
  question: QuestionKey;
  current: string;
  hasField: boolean;
  isSaving: boolean;
  onSave: (value: string | number) => Promise<unknown>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  // Checked when the manager saves (the birthday rule needs today's date), not on every keystroke.
  const [problem, setProblem] = useState<string | null>(null);
  const label = host.t(`panel.questionnaire.${question}`);
  const save = async () => {
    const answer = readAnswer(question, text, Math.floor(Date.now() / 1000));
    if (!answer.ok) {
      setProblem(answer.problem);
      return;
    }
    setProblem(null);
    await onSave(answer.value);
    setText('');
  };
  if (current) {
    return (
      <div className={css['partner_card_cleaner-answer']}>
        <span className={css['partner_card_cleaner-label']}>{label}</span>
        <span>{current}</span>
      </div>
    );
  }
  return (
    <div className={css['partner_card_cleaner-field']}>
      <div className={css['partner_card_cleaner-rowHead']}>
        <label htmlFor={id} className={css['partner_card_cleaner-label']}>
          {label}
        </label>
        <Badge theme={question === 'comment' ? BadgeNeutralTheme : BadgeWarningTheme}>{host.t('panel.questionnaire.missing')}</Badge>
      </div>
      {!hasField ? (
        <span className={css['partner_card_cleaner-muted']}>{host.t('panel.questionnaire.no_field')}</span>
      ) : (
        <form
          className={css['partner_card_cleaner-inline']}
          onSubmit={(e) => {
            e.preventDefault();
            void save().catch(() => undefined);
          }}
        >
          <Input
            id={id}
            theme={host.theme === 'dark' ? CompactInputDark : CompactInputLight}
            value={text}
            placeholder={host.t(`panel.questionnaire.placeholder.${question}`)}
            onChange={(e) => setText(e.target.value)}
            type={question === 'email' ? 'email' : 'text'}
            inputMode={question === 'birthday' ? 'numeric' : undefined}
            isInvalid={problem !== null}
            {...(problem ? { invalidDescription: host.t(problem as MessageKey) } : {})}
          />
          <Button theme={CompactNeutralButton} type="submit" isLoading={isSaving} isDisabled={isSaving} aria-label={host.t('panel.questionnaire.save_label', { field: label })}>
            {host.t('panel.questionnaire.save')}
          </Button>
        </form>
      )}
    </div>
  );
}
