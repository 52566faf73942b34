// How a move is going, step by step, read out by screen readers (aria-live): running, stopped at
// a step (and why, with a retry that resumes there), done (with undo), undone.
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import type { Host } from '../host';
import { useHost } from './host/HostContext';
import type { MoveEntry } from '../api/moves/moveStore';
import { errorMessage } from './errorMessage';
import { isMoveCheckError } from '../api/moves/moveErrors';
import { displayPhone } from '../domain/phones/normalize';
import css from './panel.module.css';
import { CompactNeutralButton } from './compactThemes';

export function numberOf(entry: MoveEntry): string {
  const [e164, ext] = entry.phoneKey.split(';ext=');
  return displayPhone(e164 ?? entry.phoneKey, ext);
}

export function MoveStatus({ entry, onRetry, onUndo }: { entry: MoveEntry; onRetry: () => void; onUndo: () => void }) {
  const host = useHost();
  const number = numberOf(entry);
  const target = entry.move.request.target;
  const vars = { number, name: target.kind === 'new' ? target.name : (target.name ?? `#${target.contactId}`) };
  const step = entry.step ? host.t(`panel.step.${entry.step}`) : '';
  // «Already moved»: nothing was written; say where the number is now.
  const alreadyMoved = isMoveCheckError(entry.error) && entry.error.problem === 'already-moved' ? entry.error.holders : undefined;
  return (
    <div className={css['partner_card_cleaner-row']}>
      <div aria-live="polite" role="status">
        {entry.status === 'running' && host.t('panel.progress.running', { ...vars, step })}
        {entry.status === 'undoing' && host.t('panel.progress.undoing', { ...vars, step })}
        {entry.status === 'done' && host.t('panel.progress.done', vars)}
        {entry.status === 'undone' && host.t('panel.progress.undone', vars)}
        {entry.status === 'done' && entry.move.concurrentEdit && <div>{host.t('panel.progress.concurrent')}</div>}
        {entry.status === 'undone' && entry.undo?.leftOn && <div>{host.t('panel.progress.undo_left_on', vars)}</div>}
        {entry.status === 'undone' && entry.undo?.changedSince && <div>{host.t('panel.progress.undo_changed_since', vars)}</div>}
      </div>
      {(entry.status === 'failed' || entry.status === 'undo-failed') && (
        <div role="alert">
          <div>{host.t(entry.status === 'failed' ? 'panel.progress.failed' : 'panel.progress.undo_failed', { ...vars, step })}</div>
          <div className={css['partner_card_cleaner-error']}>{errorText(host, entry.error)}</div>
          {alreadyMoved ? (
            <div>
              {alreadyMoved.map((c) => (
                <a key={c.id} href={host.cardUrl('contacts', c.id)} target="_top">
                  {host.t('panel.progress.already_moved_to', { name: c.name || `#${c.id}` })}
                </a>
              ))}
            </div>
          ) : (
            entry.status === 'failed' && (
              <div className={css['partner_card_cleaner-muted']}>{host.t('panel.progress.still_on_partner', vars)}</div>
            )
          )}
        </div>
      )}
      <div className={css['partner_card_cleaner-actions']}>
        {(entry.status === 'failed' || entry.status === 'undo-failed') && (
          <Button theme={CompactNeutralButton} onClick={entry.status === 'failed' ? onRetry : onUndo}>
            {host.t('panel.progress.retry_step', { step })}
          </Button>
        )}
        {entry.status === 'done' && !entry.batchId && (
          <Button theme={CompactNeutralButton} onClick={onUndo} aria-label={host.t('panel.progress.undo_label', vars)}>
            {host.t('panel.progress.undo')}
          </Button>
        )}
      </div>
    </div>
  );
}

function errorText(host: Host, error: unknown): string {
  const { title, advice } = errorMessage(host, error);
  return `${title} ${advice}`;
}
