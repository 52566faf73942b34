// The figures at the top of the page: what is done, what is left, and how much work that is.
import { Text, TextPrimaryTheme, TextSecondaryDarkTheme } from '@kommo-crm/crm-react-ui-kit/Text';
import { useHost } from '../../ui/host/HostContext';
import type { QueueState } from '../scan/queueStore';
import { ProgressChart } from './ProgressChart';
import type { QueueSummaryFigures } from './queueView';
import css from './queue.module.css';

const FIGURES: Array<keyof QueueSummaryFigures> = ['done', 'left', 'numbersToMove', 'unknownNumbers', 'fieldsToFill'];

export function QueueSummary({ figures, history }: { figures: QueueSummaryFigures; history: QueueState['history'] }) {
  const host = useHost();
  return (
    <section aria-label={host.t('queue.summary.title')} className={css['partner_card_cleaner-summary']}>
      <dl className={css['partner_card_cleaner-figures']}>
        {FIGURES.map((key) => (
          <div key={key} className={css['partner_card_cleaner-figure']}>
            <Text as="dt" size="s" theme={TextSecondaryDarkTheme}>
              {host.t(`queue.summary.${key}`)}
            </Text>
            <Text as="dd" size="xl" theme={TextPrimaryTheme}>
              {figures[key]}
            </Text>
          </div>
        ))}
      </dl>
      <ProgressChart history={history} />
    </section>
  );
}
