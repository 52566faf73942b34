// Where the scan stands, in words and as an accessible progress bar, with the one or two actions
// that make sense in that state (start, resume, stop, check again).
import { Button, ButtonPrimaryTheme, ButtonNeutralTheme } from '@kommo-crm/crm-react-ui-kit/Button';
import { Callout, CalloutErrorTheme, CalloutInfoTheme, CalloutWarningTheme } from '@kommo-crm/crm-react-ui-kit/Callout';
import { Text, TextPrimaryTheme, TextSecondaryDarkTheme } from '@kommo-crm/crm-react-ui-kit/Text';
import type { Host, MessageKey } from '../../host';
import type { QueueState } from '../scan/queueStore';
import { scanCounts } from '../scan/runScan';
import { formatDate } from './formatDate';

interface Props {
  host: Host;
  state: QueueState | null;
  running: boolean;
  onStart(): void;
  onResume(): void;
  onCancel(): void;
}

const ROW = { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' } as const;

export function ScanStatus({ host, state, running, onStart, onResume, onCancel }: Props) {
  const { t } = host;
  if (!state) {
    return (
      <div style={ROW}>
        <Text as="p" size="m" theme={TextSecondaryDarkTheme}>{t('queue.empty_never')}</Text>
        <Button theme={ButtonPrimaryTheme} onClick={onStart}>{t('queue.start')}</Button>
      </div>
    );
  }
  const { checked, total, listing } = scanCounts(state);
  const vars = { checked, total };
  const progressText = listing
    ? t('queue.progress_listing', { seen: state.contactsSeen, found: total })
    : t('queue.progress', vars);

  if (running) {
    return (
      <div style={{ display: 'grid', gap: 8 }}>
        <ProgressBar label={progressText} value={listing ? undefined : checked} max={total} />
        <div style={ROW}>
          <Text as="p" size="m" theme={TextPrimaryTheme} aria-live="polite">{progressText}</Text>
          <Button theme={ButtonNeutralTheme} onClick={onCancel}>{t('queue.cancel')}</Button>
        </div>
      </div>
    );
  }

  if (state.status === 'done') {
    return (
      <div style={ROW}>
        <Text as="p" size="m" theme={TextSecondaryDarkTheme}>
          {t('queue.status.done', { date: formatDate(state.finishedAt ?? state.startedAt, host.lang), total })}
        </Text>
        <Button theme={ButtonNeutralTheme} onClick={onStart}>{t('queue.rescan')}</Button>
      </div>
    );
  }

  const message =
    state.status === 'paused-session'
      ? t('queue.status.paused-session', vars)
      : state.status === 'failed'
        ? t('queue.status.failed', { ...vars, error: t(queueErrorKey(state.lastError)) })
        : state.status === 'cancelled'
          ? t('queue.status.cancelled', vars)
          : t('queue.status.interrupted', vars);
  const theme = state.status === 'failed' ? CalloutErrorTheme : state.status === 'paused-session' ? CalloutWarningTheme : CalloutInfoTheme;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Callout theme={theme} role={state.status === 'cancelled' ? 'status' : 'alert'}>
        {message}
      </Callout>
      {!listing && <ProgressBar label={progressText} value={checked} max={total} />}
      <div style={ROW}>
        <Button theme={ButtonPrimaryTheme} onClick={onResume}>{t('queue.resume')}</Button>
        <Button theme={ButtonNeutralTheme} onClick={onStart}>{t('queue.restart')}</Button>
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
      style={{ height: 6, borderRadius: 3, background: 'var(--crm-ui-kit-palette-border-default, #d3d7d8)', overflow: 'hidden' }}
    >
      <div style={{ width: `${Math.round(share * 100)}%`, height: '100%', background: 'var(--crm-ui-kit-palette-link-primary, #1579d2)' }} />
    </div>
  );
}

const QUEUE_ERRORS = ['forbidden', 'rate-limited', 'server', 'offline', 'bad-answer', 'payment-required', 'not-found', 'validation', 'session-lost'] as const;

/** The stored error kind in words; a kind this version does not know reads as «unknown error». */
function queueErrorKey(kind: string | undefined): MessageKey {
  const known = QUEUE_ERRORS.find((k) => k === kind);
  return known ? `queue.error.${known}` : 'queue.error.unknown';
}
