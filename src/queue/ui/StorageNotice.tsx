// Says when the scan will not survive a reload: the browser blocks storage, or storage is full.
// Read on every render: the page re-renders at each scan checkpoint, right after each save.
import { Callout, CalloutWarningTheme } from '@kommo-crm/crm-react-ui-kit/Callout';
import { useHost } from '../../ui/host/HostContext';
import type { StoreProblem } from '../scan/queueStore';

export function StorageNotice({ problem }: { problem: StoreProblem | null }) {
  const host = useHost();
  if (!problem) return null;
  return (
    <Callout theme={CalloutWarningTheme} role="status">
      {host.t(`queue.storage.${problem}`)}
    </Callout>
  );
}
