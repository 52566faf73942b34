// Where the scan stands, in words and as an accessible progress bar, with the one or two actions
// that make sense in that state (start, resume, stop, check again).
import { Button, ButtonPrimaryTheme, ButtonNeutralTheme } from '@kommo-crm/crm-react-ui-kit/Button';
import { Callout, CalloutInfoTheme, CalloutWarningTheme } from '@kommo-crm/crm-react-ui-kit/Callout';
import { Text, TextPrimaryTheme, TextSecondaryDarkTheme } from '@kommo-crm/crm-react-ui-kit/Text';
import { useHost } from '../../ui/host/HostContext';
import { problemMessage } from '../../ui/errorMessage';
import { ProblemNotice } from '../../ui/StatusMessage';
import type { QueueState } from '../scan/queueStore';
import { scanCounts } from '../scan/runScan';
import { formatDate } from './formatDate';
import css from './queue.module.css';

interface Props {
  state: QueueState | null;
  running: boolean;
  onStart(): void;
  onResume(): void;
  onCancel(): void;
}

export function ScanStatus({ state, running, onStart, onResume, onCancel }: Props) {
  const host = useHost();
  const { t } = host;
  if (!state) {
    return (
      <div className={css['partner_card_cleaner-line']}>
        <Text as="p" size="m" theme={TextSecondaryDarkTheme}>
          {t('queue.empty_never')}
        </Text>
        <Button theme={ButtonPrimaryTheme} onClick={onStart}>
          {t('queue.start')}
        </Button>
      </div>
    );
  }
  const { checked, total, listing } = scanCounts(state);
  const vars = { checked, total };
  const progressText = listing ? t('queue.progress_listing', { seen: state.contactsSeen, found: total }) : t('queue.progress', vars);

  if (running) {
    return (
      <div className={css['partner_card_cleaner-stack']}>
        <ProgressBar label={progressText} value={listing ? undefined : checked} max={total} />
        <div className={css['partner_card_cleaner-line']}>
          <Text as="p" size="m" theme={TextPrimaryTheme} aria-live="polite">
            {progressText}
          </Text>
          <Button theme={ButtonNeutralTheme} onClick={onCancel}>
            {t('queue.cancel')}
          </Button>
        </div>
      </div>
    );
  }

  if (state.status === 'done') {
    return (
      <div className={css['partner_card_cleaner-line']}>
        <Text as="p" size="m" theme={TextSecondaryDarkTheme}>
          {t('queue.status.done', { date: formatDate(state.finishedAt ?? state.startedAt, host.lang), total })}
        </Text>
        <Button theme={ButtonNeutralTheme} onClick={onStart}>
          {t('queue.rescan')}
        </Button>
      </div>
    );
  }

  const notice =
    state.status === 'failed' ? (
      // The panel's words for the failure, then what the scan had done when it stopped.
      <ProblemNotice text={problemMessage(host, state.lastError)}> {t('queue.status.failed', vars)}</ProblemNotice>
    ) : (
      <Callout
        theme={state.status === 'paused-session' ? CalloutWarningTheme : CalloutInfoTheme}
        role={state.status === 'cancelled' ? 'status' : 'alert'}
      >
        {t(`queue.status.${state.status === 'paused-session' || state.status === 'cancelled' ? state.status : 'interrupted'}`, vars)}
      </Callout>
    );
  return (
    <div className={css['partner_card_cleaner-stack']}>
      {notice}
      {!listing && <ProgressBar label={progressText} value={checked} max={total} />}
      <div className={css['partner_card_cleaner-line']}>
        <Button theme={ButtonPrimaryTheme} onClick={onResume}>
          {t('queue.resume')}
        </Button>
        <Button theme={ButtonNeutralTheme} onClick={onStart}>
          {t('queue.restart')}
        </Button>
      </div>
    </div>
  );
}

/** The kit has no progress bar: a native-semantics one drawn with the kit's colours. */
function ProgressBar({ label, value, max }: { label: string; value: number | undefined; max: number }) {
  const share = value === undefined || max === 0 ? 0 : Math.min(1, value / max);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuetext={label}
      aria-valuemin={0}
      aria-valuemax={max}
      {...(value !== undefined ? { 'aria-valuenow': value } : {})}
      className={css['partner_card_cleaner-progress']}
    >
      {/* eslint-disable-next-line no-restricted-syntax -- the share done is computed per render */}
      <div className={css['partner_card_cleaner-progressDone']} style={{ width: `${Math.round(share * 100)}%` }} />
    </div>
  );
}
