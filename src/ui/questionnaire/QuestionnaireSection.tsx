// The questionnaire as the engine judges it (questionnaireGaps, the rule the queue uses too): a
// one-line summary of what is missing and what needs fixing, then each answer with its input.
import { useMemo, useState } from 'react';
import { useHost } from '../host/HostContext';
import { questionnaireGaps, type QuestionnaireGap } from '../../domain/questionnaire/questionnaireGaps';
import type { QuestionnaireCard, QuestionnaireFields } from '../../domain/questionnaire/questionnaireTypes';
import { QuestionnaireField } from './QuestionnaireField';
import css from '../panel.module.css';

/** The items of one status that the manager should act on (an empty optional comment is not a defect). */
const itemsWith = (gaps: QuestionnaireGap[], status: QuestionnaireGap['status']) => gaps.filter((g) => g.status === status && !g.optional);

export function QuestionnaireSection({ contact, fields }: { contact: QuestionnaireCard & { id: number }; fields: QuestionnaireFields }) {
  const host = useHost();
  // «Today» for reading a date typed as text into the birthday field: fixed per mount, so render stays pure.
  const [now] = useState(() => Math.floor(Date.now() / 1000));
  const gaps = useMemo(() => questionnaireGaps(contact, fields, { now }), [contact, fields, now]);
  const names = (list: QuestionnaireGap[]) => list.map((g) => host.t(`panel.questionnaire.${g.item}`)).join(', ');
  const missing = itemsWith(gaps, 'missing');
  const malformed = itemsWith(gaps, 'malformed');
  return (
    <section className={css['partner_card_cleaner-section']} aria-labelledby="partner_card_cleaner-questionnaire">
      <h3 className={css['partner_card_cleaner-heading']} id="partner_card_cleaner-questionnaire">
        {host.t('panel.questionnaire.title')}
      </h3>
      {missing.length === 0 && malformed.length === 0 && (
        <span className={css['partner_card_cleaner-muted']}>{host.t('panel.questionnaire.complete')}</span>
      )}
      {missing.length > 0 && (
        <span className={css['partner_card_cleaner-muted']}>{host.t('panel.questionnaire.missing_list', { list: names(missing) })}</span>
      )}
      {malformed.length > 0 && (
        <span className={css['partner_card_cleaner-muted']}>
          {host.t('panel.questionnaire.malformed_list', { list: names(malformed) })}
        </span>
      )}
      {gaps.map((gap) => (
        <QuestionnaireField key={gap.item} gap={gap} contactId={contact.id} title={contact.name} fields={fields} />
      ))}
    </section>
  );
}
