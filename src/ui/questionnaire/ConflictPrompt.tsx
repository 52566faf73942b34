// Another manager changed the answer (or the contact's title) between the panel's read and this
// save: nothing was written. Say what they saved, in words, and let the manager choose.
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import { Callout, CalloutWarningTheme } from '@kommo-crm/crm-react-ui-kit/Callout';
import { useHost } from '../host/HostContext';
import type { SaveConflict } from './useSaveAnswer';
import css from '../panel.module.css';
import { CompactNeutralButton } from '../compactThemes';

type ConflictText = 'title' | 'value' | 'cleared' | 'mine' | 'rename' | 'keep_mine' | 'keep_title' | 'keep_theirs';

export function ConflictPrompt({
  conflict,
  mine,
  busy,
  onKeepMine,
  onKeepTheirs,
}: {
  conflict: SaveConflict;
  /** The manager's answer as typed and accepted. */
  mine: string;
  busy: boolean;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}) {
  const host = useHost();
  const t = (key: ConflictText, vars?: Record<string, string>) => host.t(`panel.questionnaire.conflict.${key}`, vars);
  const title = conflict.what === 'title';
  const said = title ? t('title', { value: conflict.theirs }) : conflict.theirs ? t('value', { value: conflict.theirs }) : t('cleared');
  return (
    <Callout theme={CalloutWarningTheme} role="alert">
      <strong>{said}</strong> {t('mine', { value: mine })}
      <div className={css['partner_card_cleaner-actions']}>
        <Button theme={CompactNeutralButton} onClick={onKeepMine} isDisabled={busy}>
          {title ? t('rename') : t('keep_mine')}
        </Button>
        <Button theme={CompactNeutralButton} onClick={onKeepTheirs} isDisabled={busy}>
          {title ? t('keep_title') : t('keep_theirs')}
        </Button>
      </div>
    </Callout>
  );
}
