// Loading, error, offline and empty states: what happened and what to do, never a blank panel.
import { Callout, CalloutErrorTheme, CalloutInfoTheme, CalloutWarningTheme } from '@kommo-crm/crm-react-ui-kit/Callout';
import { Spinner, SpinnerPrimaryTheme } from '@kommo-crm/crm-react-ui-kit/Spinner';
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import { useHost } from './host/HostContext';
import { errorMessage, type ErrorText } from './errorMessage';
import css from './panel.module.css';
import { CompactNeutralButton } from './compactThemes';

export function Loading({ text }: { text: string }) {
  return (
    <div className={css['partner_card_cleaner-status']} role="status">
      <Spinner theme={SpinnerPrimaryTheme} aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const host = useHost();
  return <ProblemNotice text={errorMessage(host, error)} {...(onRetry ? { onRetry } : {})} />;
}

/** A failure already in words (see errorMessage); `children` say what it stopped and what is kept. */
export function ProblemNotice({ text, onRetry, children }: { text: ErrorText; onRetry?: () => void; children?: React.ReactNode }) {
  const host = useHost();
  const { title, advice, kind } = text;
  const theme = kind === 'offline' || kind === 'rate-limited' ? CalloutWarningTheme : CalloutErrorTheme;
  return (
    <Callout theme={theme} role="alert">
      <strong>{title}</strong> {advice}
      {children}
      {onRetry && (
        <div className={css['partner_card_cleaner-actions']}>
          <Button theme={CompactNeutralButton} onClick={onRetry}>
            {host.t('panel.retry')}
          </Button>
        </div>
      )}
    </Callout>
  );
}

export function InfoNotice({ children }: { children: React.ReactNode }) {
  return <Callout theme={CalloutInfoTheme}>{children}</Callout>;
}
