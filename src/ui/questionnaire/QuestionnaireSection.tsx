// The questionnaire status the manager sees at once (from the card alone) and the inline fields to fill it.
import type { Host } from '../../host';
import type { Contact } from '../../api/schemas';
import type { DetectedFields } from '../../domain/types';
import { ErrorNotice } from '../StatusMessage';
import { QuestionnaireField } from './QuestionnaireField';
import { currentValue, QUESTIONS } from './questionnaireValues';
import { useSaveAnswer } from './useSaveAnswer';
import css from '../panel.module.css';

export function QuestionnaireSection({ host, contact, fields }: { host: Host; contact: Contact; fields: DetectedFields }) {
  const save = useSaveAnswer(contact.id, fields);
  const missing = QUESTIONS.filter((q) => q !== 'comment' && currentValue(contact, fields, q) === '');
  return (
    <section className={css['partner_card_cleaner-section']} aria-labelledby="partner_card_cleaner-questionnaire">
      <h3 className={css['partner_card_cleaner-heading']} id="partner_card_cleaner-questionnaire">
        {host.t('panel.questionnaire.title')}
      </h3>
      <span className={css['partner_card_cleaner-muted']}>
        {missing.length === 0
          ? host.t('panel.questionnaire.complete')
          : host.t('panel.questionnaire.missing_list', { list: missing.map((q) => host.t(`panel.questionnaire.${q}`)).join(', ') })}
      </span>
      {QUESTIONS.map((q) => (
        <QuestionnaireField
          key={q}
          host={host}
          question={q}
          current={currentValue(contact, fields, q)}
          hasField={q === 'email' || fields[q] !== undefined}
          isSaving={save.isPending && save.variables?.key === q}
          onSave={(value) => save.mutateAsync({ key: q, value })}
        />
      ))}
      {save.error && <ErrorNotice host={host} error={save.error} />}
    </section>
  );
}
