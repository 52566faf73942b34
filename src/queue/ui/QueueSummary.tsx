// The figures at the top of the page: what is done, what is left, and how much work that is.
import { Text, TextPrimaryTheme, TextSecondaryDarkTheme } from '@kommo-crm/crm-react-ui-kit/Text';
import type { Host } from '../../host';
import type { QueueState } from '../scan/queueStore';
import { ProgressChart } from './ProgressChart';
import type { QueueSummaryFigures } from './queueView';

const FIGURES: Array<keyof QueueSummaryFigures> = ['done', 'left', 'numbersToMove', 'unknownNumbers', 'fieldsToFill'];

export function QueueSummary({ host, figures, history }: { host: Host; figures: QueueSummaryFigures; history: QueueState['history'] }) {
  return (
    <section aria-label={host.t('queue.summary.title')} style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-end' }}>
      <dl style={{ display: 'flex', gap: 24, margin: 0, flexWrap: 'wrap' }}>
        {FIGURES.map((key) => (
          // Label over figure: inline, the two ran together («Карточек в порядке0»).
          <div key={key} style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <Text as="dt" size="s" theme={TextSecondaryDarkTheme}>{host.t(`queue.summary.${key}`)}</Text>
            <Text as="dd" size="xl" theme={TextPrimaryTheme} style={{ margin: 0 }}>{figures[key]}</Text>
          </div>
        ))}
      </dl>
      <ProgressChart host={host} history={history} />
    </section>
  );
}
