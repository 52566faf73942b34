// Nothing the panel does may break the rest of amoCRM's card: a render error stops here,
// says so in the manager's language, and offers to try again.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Callout, CalloutErrorTheme } from '@kommo-crm/crm-react-ui-kit/Callout';
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import type { Host } from '../host';
import { CompactNeutralButton } from './compactThemes';

interface Props {
  host: Host;
  children: ReactNode;
}

export class PanelErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the manager sees the sentence below.
    console.error('partner panel failed', error, info.componentStack);
  }

  override render() {
    const { host, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <Callout theme={CalloutErrorTheme} role="alert">
        {host.t('errors.panel_crashed')}{' '}
        <Button theme={CompactNeutralButton} onClick={() => this.setState({ failed: false })}>
          {host.t('panel.retry')}
        </Button>
      </Callout>
    );
  }
}
