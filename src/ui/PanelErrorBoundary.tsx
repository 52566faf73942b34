// Nothing the panel does may break the rest of amoCRM's card: a render error stops here,
// says so in the manager's language, and offers to try again.
import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { Callout, CalloutErrorTheme } from '@kommo-crm/crm-react-ui-kit/Callout';
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import { HostContext } from './host/HostContext';
import { CompactNeutralButton } from './compactThemes';

interface Props {
  children: ReactNode;
}

export class PanelErrorBoundary extends Component<Props, { failed: boolean }> {
  // A class reads the host from the mount's context, as useHost() does in a function component.
  static override contextType = HostContext;
  declare context: ContextType<typeof HostContext>;
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the manager sees the sentence below.
    console.error('partner panel failed', error, info.componentStack);
  }

  override render() {
    const { children } = this.props;
    const host = this.context;
    if (!this.state.failed || !host) return children;
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
