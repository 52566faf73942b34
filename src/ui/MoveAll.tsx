// "Move all client numbers": every confident client number, one after another, one summary, one undo.
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import { useHost } from './host/HostContext';
import type { MoveEntry } from '../api/moves/moveStore';
import { stoppedBy } from '../api/moves/moveActions';
import { errorMessage } from './errorMessage';
import css from './panel.module.css';
import { CompactNeutralButton, CompactPrimaryButton } from './compactThemes';

// A long label wraps inside the narrow column instead of running out of the button.
const WRAPPING = { '--crm-ui-kit-button-height': 'auto', whiteSpace: 'normal', minHeight: 32, maxWidth: '100%' } as React.CSSProperties;

export function MoveAllButton({ count, isBusy, onMoveAll }: { count: number; isBusy: boolean; onMoveAll: () => void }) {
  const host = useHost();
  if (count < 2) return null;
  return (
    // eslint-disable-next-line no-restricted-syntax -- the kit injects its theme class after our CSS at run time; only inline outranks its button height
    <Button theme={CompactPrimaryButton} onClick={onMoveAll} isDisabled={isBusy} isLoading={isBusy} style={WRAPPING}>
      {host.t('panel.move_all.button', { count })}
    </Button>
  );
}

export function BatchSummary({ entries, onUndoAll }: { entries: MoveEntry[]; onUndoAll: () => void }) {
  const host = useHost();
  const done = entries.filter((e) => e.status === 'done').length;
  const failed = entries.filter((e) => e.status === 'failed').length;
  const running = entries.some((e) => e.status === 'running' || e.status === 'undoing');
  const undone = entries.filter((e) => e.status === 'undone').length;
  const stop = running ? undefined : stoppedBy(entries);
  return (
    <div className={css['partner_card_cleaner-row']}>
      <div role="status" aria-live="polite">
        {running
          ? host.t('panel.move_all.running', { done, total: entries.length })
          : undone === entries.length
            ? host.t('panel.move_all.undone', { count: undone })
            : host.t('panel.move_all.summary', { done, failed, total: entries.length })}
      </div>
      {stop && (
        <div role="alert">
          {host.t('panel.move_all.stopped', { error: errorMessage(host, stop.error).title })} {errorMessage(host, stop.error).advice}
        </div>
      )}
      {!running && done > 0 && (
        <div className={css['partner_card_cleaner-actions']}>
          <Button theme={CompactNeutralButton} onClick={onUndoAll}>
            {host.t('panel.move_all.undo', { count: done })}
          </Button>
        </div>
      )}
    </div>
  );
}
